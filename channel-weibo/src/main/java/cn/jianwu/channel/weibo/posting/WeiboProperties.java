package cn.jianwu.channel.weibo.posting;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the adapter reaches the institution's Weibo account.
 *
 * @param apiBaseUrl the open API, or the local simulator
 * @param accessToken the OAuth2 access token of the account (a secret: from the
 * environment, never logged)
 * @param safeDomain the safe domain registered for the Weibo app; every post links to the
 * item's portal page, which must be on it, or Weibo refuses the post (10017)
 * @param rip the public IP address reported to Weibo as the poster's ({@code rip})
 * @param destroyEnabled whether the account may use the commercial
 * {@code statuses/destroy/biz} API; without it staff delete posts by hand
 * @param connectTimeout how long to wait for a connection to the API
 * @param readTimeout how long one API call may take; a revision makes two calls (the new
 * post, the delete of the old one), and both must fit in the channel's resilience
 * timeout, or a slow delete would get the new post sent again
 */
@ConfigurationProperties("jianwu.weibo")
public record WeiboProperties(@DefaultValue("https://api.weibo.com") URI apiBaseUrl, String accessToken,
		@DefaultValue("localhost") String safeDomain, String rip, @DefaultValue("false") boolean destroyEnabled,
		@DefaultValue("3s") Duration connectTimeout, @DefaultValue("6s") Duration readTimeout) {

	public WeiboProperties {
		accessToken = (accessToken != null) ? accessToken.strip() : "";
		rip = (rip != null) ? rip.strip() : "";
	}

	boolean hasAccessToken() {
		return !this.accessToken.isEmpty();
	}

	// the generated toString would print the token wherever the properties are logged
	@Override
	public String toString() {
		return "WeiboProperties[apiBaseUrl=" + this.apiBaseUrl + ", accessToken="
				+ (hasAccessToken() ? "(set)" : "(not set)") + ", safeDomain=" + this.safeDomain + ", rip=" + this.rip
				+ ", destroyEnabled=" + this.destroyEnabled + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + "]";
	}

}
