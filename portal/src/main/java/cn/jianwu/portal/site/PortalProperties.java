package cn.jianwu.portal.site;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal reads its data, and how long it waits.
 *
 * @param disclosureUrl disclosure-service (published items and their attachments)
 * @param searchUrl search-service
 * @param caseQueryUrl case-query-service (the public case query)
 * @param hallUrl hall-service (the online service hall: messages, their answers, open
 * calls)
 * @param connectTimeout how long a backend may take to accept a connection; a service
 * that does not is down
 * @param readTimeout how long a backend may take to answer
 * @param suggestPath where the search box's script asks for completions, as the browser
 * sees it (through the gateway, search-service's own path)
 * @param kioskIdleTimeout after this long without a touch the kiosk clears what was
 * entered and goes back to its start
 * @param publicBaseUrl the site's public address (the gateway's, as readers reach it),
 * for the absolute links that leave the site: feeds, sitemaps, robots.txt
 */
@ConfigurationProperties("jianwu.portal")
public record PortalProperties(@DefaultValue("http://127.0.0.1:8081") URI disclosureUrl,
		@DefaultValue("http://127.0.0.1:8083") URI searchUrl, @DefaultValue("http://127.0.0.1:8082") URI caseQueryUrl,
		@DefaultValue("http://127.0.0.1:8088") URI hallUrl, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("3s") Duration readTimeout, @DefaultValue("/api/search/suggest") String suggestPath,
		@DefaultValue("60s") Duration kioskIdleTimeout, @DefaultValue("http://localhost:8080") URI publicBaseUrl) {

	/**
	 * An absolute address on the public site.
	 * @param path a path of the site, starting with {@code /}
	 */
	public String absolute(String path) {
		String base = this.publicBaseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
