package cn.jianwu.testsupport;

import org.testcontainers.kafka.KafkaContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker: {@code TEST_KAFKA_BOOTSTRAP} when set, a container when Docker
 * runs, else an in-process KRaft broker (spring-kafka-test) started once per test JVM.
 */
public final class TestKafka {

	private static String bootstrapServers;

	private TestKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (bootstrapServers == null) {
			bootstrapServers = start();
		}
		return bootstrapServers;
	}

	private static String start() {
		String given = Env.get("TEST_KAFKA_BOOTSTRAP");
		if (given != null) {
			return given;
		}
		if (Docker.available()) {
			KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
			container.start();
			return container.getBootstrapServers();
		}
		try {
			EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
			broker.brokerProperty("auto.create.topics.enable", "true");
			broker.afterPropertiesSet();
			// No shutdown hook: it could stop the broker before the test's application
			// contexts close, and their producers would then wait 30 s for it at exit.
			// The in-process broker ends with the JVM.
			return broker.getBrokersAsString();
		}
		catch (RuntimeException ex) {
			throw new ServerUnavailableException("Kafka (in-process KRaft broker)",
					"Check the test log for the broker's own error, or set TEST_KAFKA_BOOTSTRAP.", ex);
		}
	}

}
