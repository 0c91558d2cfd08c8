package cn.jianwu.channel.weibo.posting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import cn.jianwu.channel.support.PermanentChannelException;

/**
 * The safe domain registered for the Weibo app. Weibo refuses a post without a link on it
 * (10017, with a message that says little), so the adapter checks the item's link first
 * and tells staff what is wrong in their words.
 */
record SafeDomain(String domain) {

	SafeDomain {
		domain = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
		while (domain.startsWith(".")) {
			domain = domain.substring(1);
		}
	}

	/**
	 * @return the link, when it is an http(s) URL on the domain or one of its subdomains
	 * @throws PermanentChannelException otherwise
	 */
	String check(String link) {
		if (link == null || link.isBlank()) {
			throw new PermanentChannelException("事项没有门户网址，无法发布到微博（微博正文必须包含安全域名内的链接）");
		}
		String host = host(link.strip());
		boolean allowed = host != null && !this.domain.isEmpty()
				&& (host.equals(this.domain) || host.endsWith("." + this.domain));
		if (!allowed) {
			throw new PermanentChannelException("事项链接 " + link.strip() + " 不在微博应用登记的安全域名 " + this.domain
					+ " 内，微博会拒绝发布（错误码 10017）；请核对门户地址（PORTAL_BASE_URL）与安全域名（WEIBO_SAFE_DOMAIN）配置");
		}
		return link.strip();
	}

	private static String host(String link) {
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme();
			boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
			return (web && uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
