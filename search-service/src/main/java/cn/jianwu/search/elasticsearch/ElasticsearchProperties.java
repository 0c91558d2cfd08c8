package cn.jianwu.search.elasticsearch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Elasticsearch cluster is. Credentials are optional: the local node runs
 * without security, a production cluster will not.
 */
@ConfigurationProperties("jianwu.elasticsearch")
public record ElasticsearchProperties(String url, String username, String password) {

	boolean hasCredentials() {
		return this.username != null && !this.username.isBlank();
	}

}
