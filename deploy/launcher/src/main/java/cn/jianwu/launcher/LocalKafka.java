package cn.jianwu.launcher;

import java.time.Duration;

import cn.jianwu.infra.KafkaBroker;

/**
 * The Kafka broker, on the launcher's own class path
 * ({@code deploy/launcher/target/lib}), with its data in {@code <data>/kafka}.
 */
final class LocalKafka {

	private LocalKafka() {
	}

	static Running start(Layout layout) {
		long started = System.nanoTime();
		KafkaBroker broker = KafkaBroker.start(new KafkaBroker.Settings(layout.libraries().resolve("*").toString(),
				layout.data().resolve("kafka"), layout.logFile(Topology.KAFKA), Topology.KAFKA_PORT,
				Topology.KAFKA_CONTROLLER_PORT, "256m", Duration.ofSeconds(90)));
		return new Running(Topology.KAFKA, broker.bootstrapServers(), broker.pid(), layout.logFile(Topology.KAFKA),
				broker::stop, (System.nanoTime() - started) / 1e9);
	}

}
