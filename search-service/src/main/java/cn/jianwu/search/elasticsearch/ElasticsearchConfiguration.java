package cn.jianwu.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch 8.19 Java client, built here rather than by Boot because Boot's 9.x
 * client refuses 8.x servers while this one speaks to both (see docs/infrastructure.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

	@Bean(destroyMethod = "close")
	RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
		RestClientBuilder builder = RestClient.builder(HttpHost.create(properties.url()))
			.setRequestConfigCallback((config) -> config.setConnectTimeout(2000).setSocketTimeout(10000));
		if (properties.hasCredentials()) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(AuthScope.ANY,
					new UsernamePasswordCredentials(properties.username(), properties.password()));
			builder.setHttpClientConfigCallback((http) -> http.setDefaultCredentialsProvider(credentials));
		}
		return builder.build();
	}

	@Bean
	ElasticsearchClient elasticsearchClient(RestClient restClient) {
		return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
	}

	@Bean
	ElasticsearchHealthIndicator elasticsearchHealthIndicator(RestClient restClient) {
		return new ElasticsearchHealthIndicator(restClient);
	}

}
