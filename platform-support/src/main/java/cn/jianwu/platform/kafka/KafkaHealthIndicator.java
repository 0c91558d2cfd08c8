package cn.jianwu.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP while the broker answers a cluster description within the timeout. One long-lived
 * admin client reconnects by itself, so the indicator turns UP again when the broker
 * comes back, without restarting the service.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final AdminClient admin;

	private final Duration timeout;

	public KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
		super("Kafka health check failed");
		Map<String, Object> properties = new java.util.HashMap<>(adminProperties);
		properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health");
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.admin = AdminClient.create(properties);
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(2));
	}

}
