package cn.jianwu.channel.wechat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The official account this service publishes to and answers for. Credentials come from
 * the environment ({@code WECHAT_*}); none of them is ever logged.
 *
 * @param appId the account's AppID
 * @param appSecret the AppSecret, used only to fetch access tokens
 * @param token the server-URL token WeChat signs its pushes with
 * @param aesKey the current EncodingAESKey (43 characters) for safe mode, or empty
 * @param aesKeyPrevious the key before the last change: WeChat may still encrypt with it
 * for a while after staff changed it
 * @param apiBaseUrl {@code https://api.weixin.qq.com}, or a simulator
 * @param stableToken whether to use {@code /cgi-bin/stable_token}, which hands every
 * caller the same token, instead of {@code /cgi-bin/token}, which invalidates the
 * previous one
 * @param tokenRefreshMargin how long before its expiry a token is refreshed; the old one
 * keeps working about five minutes after a refresh
 * @param redisKeyPrefix where the shared access token and callback de-duplication keys
 * live in Redis
 * @param connectTimeout connecting to the WeChat API
 * @param readTimeout waiting for one WeChat API answer
 * @param callbackDedupTtl how long a callback's message id is remembered; WeChat retries
 * within about 15 s
 * @param callbackTimestampWindow how far a push's signed {@code timestamp} may be from
 * our clock; older or later pushes are refused, and each {@code timestamp}+{@code nonce}
 * is remembered for twice as long, so a captured push cannot be replayed
 * @param portalUrl the public portal, named in replies to followers
 * @param caseQueryUrl the portal's case-query page, named in replies to followers
 * @param coverImage the image uploaded once as every article's cover
 */
@ConfigurationProperties("jianwu.wechat")
public record WechatProperties(String appId, String appSecret, String token, String aesKey, String aesKeyPrevious,
		@DefaultValue("https://api.weixin.qq.com") String apiBaseUrl, @DefaultValue("true") boolean stableToken,
		@DefaultValue("5m") Duration tokenRefreshMargin, @DefaultValue("jianwu:wechat") String redisKeyPrefix,
		@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("10m") Duration callbackDedupTtl, @DefaultValue("300s") Duration callbackTimestampWindow,
		@DefaultValue("http://localhost:8080") String portalUrl,
		@DefaultValue("http://localhost:8080/case-query") String caseQueryUrl,
		@DefaultValue("classpath:wechat/cover.png") String coverImage) {

	public WechatProperties {
		if (callbackTimestampWindow.isNegative() || callbackTimestampWindow.isZero()) {
			throw new IllegalArgumentException("jianwu.wechat.callback-timestamp-window must be positive");
		}
	}

	/** Whether the account's API credentials are set; without them nothing is posted. */
	public boolean apiConfigured() {
		return StringUtils.hasText(this.appId) && StringUtils.hasText(this.appSecret);
	}

	/** Whether callbacks can be verified at all. */
	public boolean callbackConfigured() {
		return StringUtils.hasText(this.token);
	}

	@Override
	public String toString() {
		return "WechatProperties[appId=" + this.appId + ", apiBaseUrl=" + this.apiBaseUrl + ", stableToken="
				+ this.stableToken + ", secrets=<hidden>]";
	}

}
