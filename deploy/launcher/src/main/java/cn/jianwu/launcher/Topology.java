package cn.jianwu.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * What the platform consists of locally: its services with their modules and ports, and
 * the ports of the infrastructure servers.
 */
final class Topology {

	static final List<Service> SERVICES = List.of(new Service("gateway", "gateway", 8080),
			new Service("disclosure-service", "disclosure-service", 8081),
			new Service("case-query-service", "case-query-service", 8082),
			new Service("search-service", "search-service", 8083), new Service("channel-weibo", "channel-weibo", 8084),
			new Service("channel-wechat", "channel-wechat", 8085),
			new Service("channel-bulletin", "channel-bulletin", 8086), new Service("portal", "portal", 8087));

	/**
	 * The simulated third-party APIs, started when no real credentials are configured.
	 */
	static final List<Simulator> SIMULATORS = List.of(
			new Simulator("weibo-simulator", "weibo", 8091, "WEIBO_ACCESS_TOKEN",
					"cn.jianwu.simulators.weibo.WeiboAccount"),
			new Simulator("wechat-simulator", "wechat", 8092, "WECHAT_APP_ID",
					"cn.jianwu.simulators.wechat.WechatAccount"));

	/**
	 * case-query-service is the one service scaled on its own
	 * ({@code --case-query-replicas}).
	 */
	static final String CASE_QUERY = "case-query-service";

	static final int MAX_CASE_QUERY_REPLICAS = 3;

	/** Replica n (from 2) listens on 8082 + 100 (n - 1): 8182, 8282. */
	static final int REPLICA_PORT_STEP = 100;

	static final String HOST = "127.0.0.1";

	static final int KAFKA_PORT = 9092;

	static final int KAFKA_CONTROLLER_PORT = 9093;

	static final int ELASTICSEARCH_HTTP_PORT = 9200;

	static final int ELASTICSEARCH_TRANSPORT_PORT = 9300;

	static final int DEFAULT_POSTGRES_PORT = 5432;

	static final int DEFAULT_REDIS_PORT = 6379;

	static final String KAFKA = "kafka";

	static final String ELASTICSEARCH = "elasticsearch";

	static final String POSTGRES = "postgres";

	static final String REDIS = "redis";

	/** The infrastructure servers in the order they are stopped. */
	static final List<String> INFRASTRUCTURE = List.of(KAFKA, ELASTICSEARCH, POSTGRES, REDIS);

	private Topology() {
	}

	/**
	 * The services with {@code caseQueryReplicas} instances of case-query-service (the
	 * first keeps its name and port; the others are {@code case-query-service-2} ...).
	 */
	static List<Service> services(int caseQueryReplicas) {
		List<Service> services = new ArrayList<>();
		for (Service service : SERVICES) {
			services.add(service);
			if (service.name().equals(CASE_QUERY)) {
				for (int replica = 2; replica <= caseQueryReplicas; replica++) {
					services.add(new Service(CASE_QUERY + "-" + replica, service.module(),
							service.port() + REPLICA_PORT_STEP * (replica - 1)));
				}
			}
		}
		return List.copyOf(services);
	}

	/**
	 * The names of every part a launcher may run: the services, the simulators, then the
	 * infrastructure servers.
	 * @param withServices whether the launcher runs the services ({@code start}) or only
	 * the infrastructure ({@code infra})
	 * @param caseQueryReplicas how many case-query-service instances it runs
	 * @return the names, as in the pid files
	 */
	static List<String> parts(boolean withServices, int caseQueryReplicas) {
		List<String> parts = new ArrayList<>();
		if (withServices) {
			services(caseQueryReplicas).forEach((service) -> parts.add(service.name()));
			SIMULATORS.forEach((simulator) -> parts.add(simulator.name()));
		}
		parts.addAll(INFRASTRUCTURE);
		return List.copyOf(parts);
	}

	/** Every case-query-service instance's address, for the gateway's balancer. */
	static String caseQueryUrls(List<Service> services) {
		return String.join(",",
				services.stream().filter((service) -> service.module().equals(CASE_QUERY)).map(Service::url).toList());
	}

	/**
	 * One Spring Boot service.
	 *
	 * @param name its name in logs, pid files and tables
	 * @param module its Maven module (the folder under the repository root)
	 * @param port its HTTP port
	 */
	record Service(String name, String module, int port) {

		String url() {
			return "http://" + HOST + ":" + this.port;
		}

		String healthUrl() {
			return url() + "/actuator/health";
		}

	}

	/**
	 * A WireMock standalone server playing a third-party API.
	 *
	 * @param name its name in logs, pid files and tables
	 * @param folder its mappings under {@code deploy/local/simulators/}
	 * @param port its HTTP port
	 * @param credential the environment variable that, when set, means the real API is
	 * used and the simulator is not started
	 * @param extension the WireMock extension (module {@code deploy/simulators}) that
	 * gives the simulated account its memory
	 */
	record Simulator(String name, String folder, int port, String credential, String extension) {

		String url() {
			return "http://" + HOST + ":" + this.port;
		}

		boolean wanted() {
			String real = System.getenv(this.credential);
			return real == null || real.isBlank();
		}

	}

}
