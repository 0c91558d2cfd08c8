package cn.jianwu.deploy.checks;

import java.util.Map;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.PlatformService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentSpecTest {

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyDeploymentProbesReadinessAndLivenessOnTheServicesOwnPort(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			String name = Manifests.name(deployment);
			Map<String, Object> container = Manifests.container(deployment);
			// The services set no management.server.port: the actuator answers on the
			// server port.
			int serverPort = ServiceConfiguration.of(name).serverPort();

			assertProbe(name, container, "readinessProbe", "/actuator/health/readiness", serverPort);
			assertProbe(name, container, "livenessProbe", "/actuator/health/liveness", serverPort);
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyDeploymentRequestsAndLimitsCpuAndMemory(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			String name = Manifests.name(deployment);
			Map<String, Object> resources = Yaml.map(Manifests.container(deployment), "resources");
			for (String kind : new String[] { "requests", "limits" }) {
				for (String resource : new String[] { "cpu", "memory" }) {
					assertThat(Yaml.text(resources, kind, resource)).as(name + " " + kind + "." + resource)
						.isNotBlank();
				}
			}
			// The buildpack's memory calculator sizes the heap from the limit; a request
			// below it invites
			// the OOM killer when the node runs short.
			assertThat(Quantity.bytes(Yaml.text(resources, "requests", "memory"))).as(name + " memory request")
				.isEqualTo(Quantity.bytes(Yaml.text(resources, "limits", "memory")));
			assertThat(Quantity.millicores(Yaml.text(resources, "requests", "cpu"))).as(name + " cpu request")
				.isLessThanOrEqualTo(Quantity.millicores(Yaml.text(resources, "limits", "cpu")));
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void containersRunAsNonRootWithoutPrivileges(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			String name = Manifests.name(deployment);
			Map<String, Object> pod = Yaml.map(deployment, "spec", "template", "spec");
			Map<String, Object> container = Manifests.container(deployment);
			assertThat(Yaml.at(pod, "securityContext", "runAsNonRoot")).as(name + " runAsNonRoot").isEqualTo(true);
			assertThat(Yaml.at(container, "securityContext", "allowPrivilegeEscalation"))
				.as(name + " allowPrivilegeEscalation")
				.isEqualTo(false);
			assertThat(Yaml.list(container, "securityContext", "capabilities", "drop")).as(name + " capabilities")
				.contains("ALL");
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void channelAdaptersNameTheirInstanceAfterThePod(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		int adapters = 0;
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			String name = Manifests.name(deployment);
			if (!ServiceConfiguration.of(name).keepsADeliveryLedger()) {
				continue;
			}
			adapters++;
			Object instanceName = Yaml.list(Manifests.container(deployment), "env")
				.stream()
				.filter((entry) -> "JIANWU_INSTANCE_NAME".equals(Yaml.text(entry, "name")))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name + " sets no JIANWU_INSTANCE_NAME"));
			// a container restarted in its pod keeps the name and takes back its ledger
			// rows at once
			assertThat(Yaml.text(instanceName, "valueFrom", "fieldRef", "fieldPath")).as(name + " JIANWU_INSTANCE_NAME")
				.isEqualTo("metadata.name");
		}
		assertThat(adapters).as("channel adapters in " + kustomization)
			.isEqualTo(Catalogue.SERVICES.stream().filter(PlatformService::channelAdapter).count());
	}

	private static void assertProbe(String deployment, Map<String, Object> container, String probe, String path,
			int serverPort) {
		Map<String, Object> httpGet = Yaml.map(container, probe, "httpGet");
		assertThat(Yaml.text(httpGet, "path")).as(deployment + " " + probe + " path").isEqualTo(path);
		assertThat(portNumber(container, Yaml.text(httpGet, "port"))).as(deployment + " " + probe + " port")
			.isEqualTo(serverPort);
	}

	private static int portNumber(Map<String, Object> container, String port) {
		if (port == null) {
			throw new AssertionError("probe without a port");
		}
		if (port.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(port);
		}
		for (Object declared : Yaml.list(container, "ports")) {
			if (port.equals(Yaml.text(declared, "name"))) {
				return Integer.parseInt(Yaml.text(declared, "containerPort"));
			}
		}
		throw new AssertionError("probe port '" + port + "' is not a port of the container");
	}

}
