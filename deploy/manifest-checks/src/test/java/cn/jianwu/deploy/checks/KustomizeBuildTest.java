package cn.jianwu.deploy.checks;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class KustomizeBuildTest {

	@Test
	void kubectlIsInstalled() {
		assertThat(Kubectl.executable()).as(Kubectl.INSTALL_HINT).isExecutable();
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void buildsWithADeploymentServiceAndDisruptionBudgetPerService(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);

		for (String kind : new String[] { "Deployment", "Service", "PodDisruptionBudget" }) {
			assertThat(manifests.ofKind(kind).stream().map(Manifests::name).collect(Collectors.toList()))
				.as(kind + "s of " + kustomization)
				.containsAll(Repository.serviceModules());
		}
		assertThat(manifests.ofKind("Deployment")).as("Deployments of " + kustomization)
			.hasSameSizeAs(Repository.serviceModules());
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyPodDisruptionBudgetAndServiceSelectsADeploymentsPods(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> budget : manifests.ofKind("PodDisruptionBudget")) {
			Map<String, Object> selector = Yaml.map(budget, "spec", "selector", "matchLabels");
			assertThat(manifests.ofKind("Deployment"))
				.as("a Deployment whose pods " + Manifests.name(budget) + " selects")
				.anyMatch((deployment) -> Yaml.map(deployment, "spec", "template", "metadata", "labels")
					.entrySet()
					.containsAll(selector.entrySet()));
			assertThat(Yaml.has(budget, "spec", "maxUnavailable") || Yaml.has(budget, "spec", "minAvailable"))
				.as(Manifests.name(budget) + " limits disruptions")
				.isTrue();
		}
		for (String module : Repository.serviceModules()) {
			Map<String, Object> service = manifests.find("Service", module).orElseThrow();
			Map<String, Object> selector = Yaml.map(service, "spec", "selector");
			Map<String, Object> deployment = manifests.find("Deployment", module).orElseThrow();
			assertThat(Yaml.map(deployment, "spec", "template", "metadata", "labels").entrySet())
				.as("pods of " + module + " selected by its Service")
				.containsAll(selector.entrySet());
		}
	}

	@Test
	void productionPutsEverythingIntoItsNamespace() {
		Manifests production = Manifests.render(Manifests.PRODUCTION);

		assertThat(production.find("Namespace", "jianwu")).isPresent();
		assertThat(production.all()).filteredOn((object) -> !"Namespace".equals(object.get("kind")))
			.allSatisfy((object) -> assertThat(Yaml.text(object, "metadata", "namespace"))
				.as("namespace of " + object.get("kind") + " " + Manifests.name(object))
				.isEqualTo("jianwu"));
	}

	@Test
	void externalInfrastructureIsAddressedThroughExternalNameServices() {
		for (String kustomization : Manifests.kustomizations()) {
			Manifests manifests = Manifests.render(kustomization);
			for (String name : ComposeFile.INFRASTRUCTURE) {
				Map<String, Object> service = manifests.find("Service", name)
					.orElseThrow(() -> new AssertionError(
							kustomization + " has no Service " + name + " for the external server"));
				assertThat(Yaml.text(service, "spec", "type")).as(name).isEqualTo("ExternalName");
				assertThat(Yaml.text(service, "spec", "externalName")).as(name).contains(".");
			}
			assertThat(manifests.ofKind("StatefulSet")).as("no infrastructure runs inside " + kustomization).isEmpty();
		}
	}

}
