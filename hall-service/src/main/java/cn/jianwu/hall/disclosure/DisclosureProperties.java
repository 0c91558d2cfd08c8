package cn.jianwu.hall.disclosure;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hall reaches disclosure-service ({@code jianwu.hall.*}).
 *
 * @param disclosureUrl disclosure-service's address ({@code jianwu.hall.disclosure-url})
 * @param client timeouts and the cache of public items
 * ({@code jianwu.hall.disclosure-client.*})
 */
@ConfigurationProperties("jianwu.hall")
public record DisclosureProperties(URI disclosureUrl, @DefaultValue Client disclosureClient) {

	/**
	 * @param connectTimeout how long disclosure-service may take to accept a connection
	 * @param readTimeout how long it may take to answer
	 * @param publicItemCache how long the answer "this item is public (or not)" is
	 * reused: the public call pages ask for every call they show
	 */
	public record Client(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
			@DefaultValue("30s") Duration publicItemCache) {

	}

}
