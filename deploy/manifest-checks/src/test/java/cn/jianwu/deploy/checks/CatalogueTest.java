package cn.jianwu.deploy.checks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.InfrastructureServer;
import cn.jianwu.catalogue.PlatformService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * platform-catalogue is the one list of the platform's services, ports and topics: every
 * other place that names them must name exactly the same, so that a service added to the
 * catalogue but missing here (or the other way round) fails the build.
 */
class CatalogueTest {

	private static final Pattern CREATED = Pattern.compile("(?m)^create (\\S+) (\\d+)");

	private static final Pattern PORT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");

	private static List<String> names() {
		return Catalogue.SERVICES.stream().map(PlatformService::name).toList();
	}

	private static List<String> servers() {
		return Arrays.stream(InfrastructureServer.values()).map(InfrastructureServer::serverName).toList();
	}

	@Test
	void theServiceModulesAreTheCataloguesWithItsPortsAndSchemas() {
		assertThat(Repository.serviceModules()).containsExactlyInAnyOrderElementsOf(names());
		for (PlatformService service : Catalogue.SERVICES) {
			String yaml = Repository
				.read(Repository.path(service.name(), "src", "main", "resources", "application.yml"));
			Map<String, Object> settings = Yaml.map(Yaml.documents(yaml).get(0));
			assertThat(ExpectedTopics.applicationName(service.name())).isEqualTo(service.name());
			Matcher port = PORT.matcher(String.valueOf(Yaml.at(settings, "server", "port")));
			assertThat(port.matches()).as(service.name() + " server.port is ${SERVER_PORT:<port>}").isTrue();
			assertThat(Integer.parseInt(port.group(1))).as(service.name() + " port").isEqualTo(service.port());
			Object schema = Yaml.at(settings, "spring", "flyway", "schemas");
			assertThat((schema != null) ? String.valueOf(schema) : null).as(service.name() + " schema")
				.isEqualTo(service.schema());
		}
	}

	@Test
	void theConsumersInTheCodeAreTheCataloguesAndTheirTopicsArePlatformEvents() {
		assertThat(ExpectedTopics.platformTopics().values()).containsExactlyInAnyOrderElementsOf(Catalogue.topics());
		assertThat(ExpectedTopics.deadLetterTopics()).as("dead-letter topics of the @KafkaListeners")
			.containsExactlyInAnyOrderElementsOf(Catalogue.deadLetterTopics());
	}

	@Test
	void composeRunsTheCataloguesServicesAndServers() {
		Set<String> expected = new LinkedHashSet<>(names());
		expected.addAll(servers());
		Set<String> services = new LinkedHashSet<>(ComposeFile.services().keySet());
		// one-shot helpers (kafka-init) run and end; they serve nothing
		services.removeIf((name) -> name.endsWith("-init"));
		assertThat(services).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void composeCreatesExactlyTheCataloguesTopics() {
		String script = Repository.read(Repository.path("deploy", "compose", "kafka-init", "create-topics.sh"));
		Map<String, Integer> created = new LinkedHashMap<>();
		Matcher create = CREATED.matcher(script);
		while (create.find()) {
			created.put(create.group(1), Integer.parseInt(create.group(2)));
		}
		Map<String, Integer> expected = new LinkedHashMap<>();
		Catalogue.topics().forEach((topic) -> expected.put(topic, Catalogue.TOPIC_PARTITIONS));
		Catalogue.deadLetterTopics().forEach((topic) -> expected.put(topic, Catalogue.DEAD_LETTER_PARTITIONS));
		assertThat(created).as("kafka-init/create-topics.sh: topics and partitions")
			.containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(script).as("dead letters' retention")
			.contains("dlt_retention_ms=" + Catalogue.DEAD_LETTER_RETENTION.toMillis());
		assertThat(script).as("platform topics' retention")
			.contains("topic_retention_ms=" + Catalogue.TOPIC_RETENTION_MS);
		Catalogue.topics()
			.forEach((topic) -> assertThat(script).as(topic + " kept")
				.containsPattern("(?m)^create " + Pattern.quote(topic)
						+ " \\d+ --config \"retention\\.ms=\\$topic_retention_ms\"$"));
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void kubernetesRunsTheCataloguesServicesOnItsPorts(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		assertThat(manifests.ofKind("Deployment")).extracting(Manifests::name)
			.as("Deployments of " + kustomization)
			.containsExactlyInAnyOrderElementsOf(names());
		for (PlatformService service : Catalogue.SERVICES) {
			Map<String, Object> deployment = manifests.find("Deployment", service.name()).orElseThrow();
			assertThat(Yaml.list(Manifests.container(deployment), "ports")).as(service.name() + " container ports")
				.extracting((port) -> Yaml.map(port).get("containerPort"))
				.containsExactly(service.port());
			Map<String, Object> object = manifests.find("Service", service.name())
				.orElseThrow(() -> new AssertionError(kustomization + " has no Service " + service.name()));
			assertThat(Yaml.list(object, "spec", "ports")).as(service.name() + " Service ports")
				.extracting((port) -> Yaml.map(port).get("port"))
				.containsExactly(service.port());
		}
		Set<String> services = new LinkedHashSet<>();
		manifests.ofKind("Service").forEach((object) -> services.add(Manifests.name(object)));
		assertThat(services).as("Services of " + kustomization).containsAll(servers());
	}

}
