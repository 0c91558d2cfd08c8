package cn.jianwu.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one place integration tests get real servers from. In a test class:
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void servers(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.postgres(registry);
 *     TestInfrastructure.kafka(registry);
 * }
 * </pre>
 *
 * Each server comes from the environment, else Testcontainers, else the local real
 * server; a server that cannot be had fails the test with a message saying how to start
 * it.
 */
public final class TestInfrastructure {

	private TestInfrastructure() {
	}

	public static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestPostgres::url);
		registry.add("spring.datasource.username", TestPostgres::user);
		registry.add("spring.datasource.password", TestPostgres::password);
	}

	public static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", TestRedis::host);
		registry.add("spring.data.redis.port", TestRedis::port);
	}

	public static void kafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
	}

	public static void elasticsearch(DynamicPropertyRegistry registry) {
		registry.add("jianwu.elasticsearch.url", TestElasticsearch::url);
	}

}
