package cn.jianwu.deploy.checks;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageNameTest {

	@Test
	void theRootPomNamesTheBuildpackImagesAsTheManifestsUseThem() {
		assertThat(Repository.rootPom()).as("spring-boot-maven-plugin <image><name> in the root pom")
			.containsPattern(Pattern.compile(
					"<image>\\s*<name>jianwu/\\$\\{project\\.artifactId}:\\$\\{project\\.version}</name>\\s*</image>"));
	}

	@Test
	void baseDeploymentsRunTheImageOfTheirModule() {
		for (Map<String, Object> deployment : Manifests.render(Manifests.BASE).ofKind("Deployment")) {
			String module = Manifests.name(deployment);
			assertThat(Yaml.text(Manifests.container(deployment), "image")).as(module)
				.isEqualTo("jianwu/" + module + ":" + Repository.projectVersion());
		}
	}

	@Test
	void productionDeploymentsRunTheImageOfTheirModuleFromTheRegistry() {
		for (Map<String, Object> deployment : Manifests.render(Manifests.PRODUCTION).ofKind("Deployment")) {
			String module = Manifests.name(deployment);
			assertThat(Yaml.text(Manifests.container(deployment), "image")).as(module)
				.endsWith("/jianwu/" + module + ":" + Repository.projectVersion());
		}
	}

	@Test
	void composeServicesRunTheImageOfTheirModule() {
		for (String module : Repository.serviceModules()) {
			assertThat(Yaml.text(ComposeFile.service(module), "image")).as("compose service " + module)
				.isEqualTo("jianwu/" + module + ":${JIANWU_VERSION:-" + Repository.projectVersion() + "}");
		}
	}

	@Test
	void composeRunsTheElasticsearchVersionThePlatformIsTestedWith() {
		String server = Repository.pomProperty("elasticsearch-server.version");
		String client = Repository.pomProperty("elasticsearch-client.version");

		assertThat(Yaml.text(ComposeFile.service("elasticsearch"), "image"))
			.isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + server);
		assertThat(majorMinor(server)).as("the search-service's client speaks to this server")
			.isEqualTo(majorMinor(client));
	}

	@Test
	void composeUsesTheOfficialInfrastructureImages() {
		assertThat(Yaml.text(ComposeFile.service("kafka"), "image")).startsWith("apache/kafka:");
		assertThat(Yaml.text(ComposeFile.service("postgres"), "image")).startsWith("postgres:");
		assertThat(Yaml.text(ComposeFile.service("redis"), "image")).startsWith("redis:");
		for (String name : ComposeFile.INFRASTRUCTURE) {
			assertThat(Yaml.text(ComposeFile.service(name), "image")).as(name + " is pinned to a version")
				.doesNotEndWith(":latest")
				.contains(":");
		}
	}

	private static String majorMinor(String version) {
		String[] parts = version.split("\\.");
		return parts[0] + "." + parts[1];
	}

}
