package cn.jianwu.catalogue;

import java.util.List;

/**
 * The servers the platform runs on, with the ports a local run gives them, in the order
 * they are stopped.
 */
public enum InfrastructureServer {

	KAFKA("kafka", 9092, 9093), ELASTICSEARCH("elasticsearch", 9200, 9300), POSTGRES("postgres", 5432),
	REDIS("redis", 6379);

	private final String serverName;

	private final List<Integer> ports;

	InfrastructureServer(String serverName, Integer... ports) {
		this.serverName = serverName;
		this.ports = List.of(ports);
	}

	/** Its name in compose, logs, pid files and tables. */
	public String serverName() {
		return this.serverName;
	}

	/** The port clients use. */
	public int port() {
		return this.ports.get(0);
	}

	/**
	 * Every port it listens on: the client port, then its own (Kafka's controller,
	 * Elasticsearch's transport).
	 */
	public List<Integer> ports() {
		return this.ports;
	}

}
