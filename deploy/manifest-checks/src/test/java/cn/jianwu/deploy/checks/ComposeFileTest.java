package cn.jianwu.deploy.checks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.Exposure;
import cn.jianwu.catalogue.PlatformService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTest {

	private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

	@Test
	void everyDependencyIsAServiceOfTheFile() {
		Map<String, Object> services = ComposeFile.services();
		assertThat(services.keySet()).containsAll(Repository.serviceModules()).containsAll(ComposeFile.INFRASTRUCTURE);
		services.forEach((name, service) -> assertThat(services.keySet()).as("depends_on of " + name)
			.containsAll(ComposeFile.dependencies(Yaml.map(service))));
	}

	@Test
	void infrastructureHasHealthChecksAndServicesWaitForThem() {
		for (String name : ComposeFile.INFRASTRUCTURE) {
			Map<String, Object> healthcheck = Yaml.map(ComposeFile.service(name), "healthcheck");
			assertThat(Yaml.list(healthcheck, "test")).as("healthcheck of " + name).isNotEmpty();
			assertThat(healthcheck).as("healthcheck of " + name).doesNotContainEntry("disable", true);
		}
		for (String module : Repository.serviceModules()) {
			Map<String, Object> dependsOn = Yaml.map(ComposeFile.service(module), "depends_on");
			dependsOn.forEach((dependency, condition) -> {
				String expected = ComposeFile.INFRASTRUCTURE.contains(dependency) ? "service_healthy"
						: "kafka-init".equals(dependency) ? "service_completed_successfully" : "service_started";
				assertThat(Yaml.text(condition, "condition")).as(module + " waits for " + dependency)
					.isEqualTo(expected);
			});
		}
	}

	@Test
	void servicesOnTheBusWaitUntilTheTopicsExist() {
		for (String module : Repository.serviceModules()) {
			if (ComposeFile.environment(ComposeFile.service(module)).contains("KAFKA_BOOTSTRAP")) {
				assertThat(ComposeFile.dependencies(ComposeFile.service(module))).as(module).contains("kafka-init");
			}
		}
		assertThat(ComposeFile.dependencies(ComposeFile.service("kafka-init"))).containsExactly("kafka");
	}

	@Test
	void everyLongRunningContainerHasAMemoryLimit() {
		ComposeFile.services().forEach((name, service) -> {
			String memory = Yaml.text(service, "deploy", "resources", "limits", "memory");
			assertThat(memory).as("memory limit of " + name).isNotBlank();
		});
	}

	@Test
	void storesKeepTheirDataInDeclaredNamedVolumes() {
		Set<String> declared = Yaml.map(ComposeFile.document(), "volumes").keySet();
		Set<String> used = new LinkedHashSet<>();
		ComposeFile.services().forEach((name, service) -> {
			for (Object volume : Yaml.list(service, "volumes")) {
				String source = String.valueOf(volume).split(":", 2)[0];
				if (!source.startsWith(".") && !source.startsWith("/")) {
					used.add(source);
				}
			}
		});
		assertThat(used).as("named volumes in use").isEqualTo(declared);
		for (String store : new String[] { "kafka", "elasticsearch", "postgres" }) {
			assertThat(Yaml.list(ComposeFile.service(store), "volumes")).as("volumes of " + store)
				.anyMatch((volume) -> declared.contains(String.valueOf(volume).split(":", 2)[0]));
		}
	}

	@Test
	void everyComposeVariableIsExplainedInTheEnvExampleWithoutASecretValue() {
		Map<String, String> example = EnvFile.read(Repository.path("deploy", "compose", ".env.example"));
		Set<String> used = new LinkedHashSet<>();
		Matcher interpolation = INTERPOLATION.matcher(ComposeFile.text());
		while (interpolation.find()) {
			used.add(interpolation.group(1));
		}
		assertThat(used).as("variables of compose.yaml").contains("DB_PASSWORD", "CASEQUERY_HASH_KEY");
		assertThat(example.keySet()).as("variables listed in .env.example").containsAll(used);
		for (String secret : SecretsExample.entries().keySet()) {
			if (example.containsKey(secret)) {
				assertThat(example.get(secret)).as(".env.example must not carry a value for " + secret).isEmpty();
			}
		}
	}

	@Test
	void onlyThePublicEntryAndTheLanOnlyServicesPublishPorts() {
		List<String> reachable = Catalogue.SERVICES.stream()
			.filter((service) -> service.exposure() != Exposure.INTERNAL)
			.map(PlatformService::name)
			.toList();
		ComposeFile.services().forEach((name, service) -> {
			if (!Yaml.list(service, "ports").isEmpty()) {
				assertThat(name).as("a container publishing ports").isIn(reachable);
			}
		});
		assertThat(Yaml.list(ComposeFile.service("channel-bulletin"), "ports"))
			.allSatisfy((port) -> assertThat(String.valueOf(port)).as("LAN-only bulletin binds an address")
				.startsWith("${BULLETIN_BIND"));
	}

}
