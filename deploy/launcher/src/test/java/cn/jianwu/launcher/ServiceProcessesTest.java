package cn.jianwu.launcher;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessesTest {

	@Test
	void servicesFindTheLocalInfrastructureThroughTheirEnvironment() {
		Map<String, String> environment = ServiceProcesses.environment(
				new LauncherOptions.Database("jdbc:postgresql://127.0.0.1:55432/jianwu", "jianwu", "", true), 56379,
				false);

		assertThat(environment).containsEntry("KAFKA_BOOTSTRAP", "127.0.0.1:9092")
			.containsEntry("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
			.containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:55432/jianwu")
			.containsEntry("DB_USER", "jianwu")
			.containsEntry("DB_PASSWORD", "")
			.containsEntry("REDIS_HOST", "127.0.0.1")
			.containsEntry("REDIS_PORT", "56379")
			.containsEntry("LOGGING_FILE_NAME", null);
	}

	@Test
	void demoDataIsLoadedOnlyWhenAsked() {
		LauncherOptions.Database database = new LauncherOptions.Database("jdbc:postgresql://127.0.0.1:5432/jianwu",
				"jianwu", "", true);
		assertThat(ServiceProcesses.environment(database, 6379, true)).containsEntry("JIANWU_DEMO_ENABLED", "true");
		assertThat(ServiceProcesses.environment(database, 6379, false)).doesNotContainKey("JIANWU_DEMO_ENABLED");
		assertThat(LauncherOptions.parse(new String[] { "start", "--demo" }, java.util.Map.of()).demo()).isTrue();
		assertThat(LauncherOptions.parse(new String[] { "start" }, java.util.Map.of()).demo()).isFalse();
	}

	@Test
	void anInstanceKeepsItsNameAcrossRestarts() {
		Topology.Service weibo = Topology.SERVICES.stream()
			.filter((service) -> service.name().equals("channel-weibo"))
			.findFirst()
			.orElseThrow();

		assertThat(ServiceProcesses.instanceName(weibo, "build-7")).isEqualTo("channel-weibo@build-7");
		assertThat(ServiceProcesses.hostName()).isNotBlank().isEqualTo(ServiceProcesses.hostName());
	}

	@Test
	void everyServiceHasItsOwnPortFrom8080() {
		assertThat(Topology.SERVICES).extracting(Topology.Service::port)
			.containsExactly(8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089);
		assertThat(Topology.SERVICES.get(0).healthUrl()).isEqualTo("http://127.0.0.1:8080/actuator/health");
	}

}
