package cn.jianwu.search.elasticsearch;

import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP while the cluster answers {@code /_cluster/health} with green or yellow. The minimal
 * distribution has no {@code GET /}, so the client's own {@code info()} cannot serve as
 * the check.
 */
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	ElasticsearchHealthIndicator(RestClient client) {
		super("Elasticsearch health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		Request request = new Request("GET", "/_cluster/health");
		request.addParameter("timeout", "2s");
		Response response = this.client.performRequest(request);
		Map<?, ?> health;
		try (InputStream body = response.getEntity().getContent()) {
			health = JSON.readValue(body, Map.class);
		}
		Object status = health.get("status");
		builder.status("red".equals(status) ? org.springframework.boot.health.contributor.Status.DOWN
				: org.springframework.boot.health.contributor.Status.UP);
		builder.withDetail("cluster", String.valueOf(health.get("cluster_name")))
			.withDetail("clusterStatus", String.valueOf(status))
			.withDetail("nodes", health.get("number_of_nodes"));
	}

}
