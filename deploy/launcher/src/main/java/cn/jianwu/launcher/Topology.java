package cn.jianwu.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.InfrastructureServer;
import cn.jianwu.catalogue.SimulatedApi;

/**
 * What the platform consists of locally: the catalogue's services (with as many
 * case-query-service instances as asked for), the simulated third-party APIs and the
 * infrastructure servers.
 */
final class Topology {

	static final List<Service> SERVICES = Catalogue.SERVICES.stream()
		.map((service) -> new Service(service.name(), service.name(), service.port()))
		.toList();

	/**
	 * The simulated third-party APIs, started when no real credentials are configured.
	 */
	static final List<Simulator> SIMULATORS = Catalogue.simulatedApis().stream().map(Simulator::new).toList();

	/**
	 * case-query-service is the one service scaled on its own
	 * ({@code --case-query-replicas}).
	 */
	static final String CASE_QUERY = "case-query-service";

	static final int MAX_CASE_QUERY_REPLICAS = 3;

	/** Replica n (from 2) listens on 8082 + 100 (n - 1): 8182, 8282. */
	static final int REPLICA_PORT_STEP = 100;

	static final String HOST = "127.0.0.1";

	static final int KAFKA_PORT = InfrastructureServer.KAFKA.port();

	static final int KAFKA_CONTROLLER_PORT = InfrastructureServer.KAFKA.ports().get(1);

	static final int ELASTICSEARCH_HTTP_PORT = InfrastructureServer.ELASTICSEARCH.port();

	static final int ELASTICSEARCH_TRANSPORT_PORT = InfrastructureServer.ELASTICSEARCH.ports().get(1);

	static final int DEFAULT_POSTGRES_PORT = InfrastructureServer.POSTGRES.port();

	static final int DEFAULT_REDIS_PORT = InfrastructureServer.REDIS.port();

	// constants for the switches over part names; TopologyTest keeps them the catalogue's
	static final String KAFKA = "kafka";

	static final String ELASTICSEARCH = "elasticsearch";

	static final String POSTGRES = "postgres";

	static final String REDIS = "redis";

	/** The infrastructure servers in the order they are stopped. */
	static final List<String> INFRASTRUCTURE = Arrays.stream(InfrastructureServer.values())
		.map(InfrastructureServer::serverName)
		.toList();

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
	 * @param api what the catalogue says of it: its name, mappings, port, the credential
	 * that means the real API is used, and the WireMock extension that gives the
	 * simulated account its memory
	 */
	record Simulator(SimulatedApi api) {

		String name() {
			return this.api.name();
		}

		/** Its mappings under {@code deploy/local/simulators/}. */
		String folder() {
			return this.api.folder();
		}

		int port() {
			return this.api.port();
		}

		String extension() {
			return this.api.extension();
		}

		String url() {
			return "http://" + HOST + ":" + port();
		}

		boolean wanted() {
			String real = System.getenv(this.api.credential());
			return real == null || real.isBlank();
		}

	}

}
