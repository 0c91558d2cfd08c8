package cn.jianwu.launcher;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopOrderTest {

	@Test
	void servicesStopFirstThenKafkaElasticsearchPostgresAndRedis() {
		List<String> order = StopOrder
			.of(List.of("redis", "postgres", "elasticsearch", "kafka", "portal", "gateway", "launcher"));

		assertThat(order).containsExactly("gateway", "portal", "kafka", "elasticsearch", "postgres", "redis",
				"launcher");
	}

}
