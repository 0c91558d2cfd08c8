package cn.jianwu.deploy.checks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Internet can reach: the gateway through its Ingresses (one per body limit, and
 * one for the staff paths that only internal networks reach), on the paths it routes,
 * never an actuator and never the LAN-only channel-bulletin.
 */
class ExposureTest {

	private static final String INGRESS_CONTROLLER_NAMESPACE = "ingress-nginx";

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyIngressLeadsToTheGatewayAndNeverToAnActuator(String kustomization) {
		List<Map<String, Object>> ingresses = Manifests.render(kustomization).ofKind("Ingress");

		assertThat(ingresses).as("Ingresses of " + kustomization).isNotEmpty();
		for (Map<String, Object> ingress : ingresses) {
			assertThat(Yaml.has(ingress, "spec", "defaultBackend")).as("a default backend").isFalse();
			assertThat(Yaml.text(ingress, "metadata", "annotations", "nginx.ingress.kubernetes.io/proxy-body-size"))
				.as("body limit of Ingress " + Manifests.name(ingress))
				.isNotBlank()
				.isNotEqualTo("0");
			List<Object> rules = Yaml.list(ingress, "spec", "rules");
			assertThat(rules).isNotEmpty();
			for (Object path : paths(ingress)) {
				String value = Yaml.text(path, "path");
				assertThat(Yaml.text(path, "backend", "service", "name")).as("backend of " + value)
					.isEqualTo("gateway");
				assertThat(value).as("ingress path").doesNotStartWith("/actuator");
				// A "/" prefix would hand /actuator/** of the gateway to the Internet.
				if ("/".equals(value)) {
					assertThat(Yaml.text(path, "pathType")).as("pathType of /").isEqualTo("Exact");
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void theConsoleAndStaffApisAreOnlyOnTheIngressOfTheInternalNetworks(String kustomization) {
		Map<String, Object> internal = Manifests.render(kustomization)
			.find("Ingress", "gateway-internal")
			.orElseThrow(() -> new AssertionError(kustomization + " has no gateway-internal Ingress"));
		String ranges = Yaml.text(internal, "metadata", "annotations",
				"nginx.ingress.kubernetes.io/whitelist-source-range");
		assertThat(ranges).as("whitelist-source-range of gateway-internal").isNotBlank();
		for (String range : ranges.split(",")) {
			assertThat(PrivateNetworks.contains(range.trim())).as("internal range " + range).isTrue();
		}
		List<String> internalPaths = paths(internal).stream().map((path) -> Yaml.text(path, "path")).toList();
		assertThat(internalPaths).contains("/console", "/api/auth", "/api/disclosures", "/api/reports");
		for (Map<String, Object> ingress : Manifests.render(kustomization).ofKind("Ingress")) {
			if (ingress != internal && !"gateway-internal".equals(Manifests.name(ingress))) {
				assertThat(paths(ingress)).as("paths of " + Manifests.name(ingress))
					.noneMatch((path) -> internalPaths.contains(Yaml.text(path, "path")));
			}
		}
	}

	private static List<Object> paths(Map<String, Object> ingress) {
		return Yaml.list(ingress, "spec", "rules")
			.stream()
			.flatMap((rule) -> Yaml.list(rule, "http", "paths").stream())
			.toList();
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyPodIsBehindADefaultDenyPolicy(String kustomization) {
		assertThat(Manifests.render(kustomization).ofKind("NetworkPolicy"))
			.as("a NetworkPolicy selecting every pod and admitting nothing")
			.anyMatch((policy) -> Yaml.map(policy, "spec", "podSelector").isEmpty()
					&& Yaml.list(policy, "spec", "policyTypes").contains("Ingress")
					&& Yaml.list(policy, "spec", "ingress").isEmpty());
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void onlyTheGatewayAdmitsTheIngressController(String kustomization) {
		for (Map<String, Object> policy : Manifests.render(kustomization).ofKind("NetworkPolicy")) {
			if (admitsNamespace(policy, INGRESS_CONTROLLER_NAMESPACE)) {
				assertThat(Yaml.map(policy, "spec", "podSelector", "matchLabels"))
					.as(Manifests.name(policy) + " admits the ingress controller")
					.containsExactly(Map.entry("app.kubernetes.io/name", "gateway"));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void channelBulletinAdmitsOnlyThePortalAndPrivateNetworks(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		Map<String, Object> policy = manifests.find("NetworkPolicy", "channel-bulletin-callers")
			.orElseThrow(() -> new AssertionError(kustomization + " has no channel-bulletin-callers policy"));
		List<Object> rules = Yaml.list(policy, "spec", "ingress");
		assertThat(rules).isNotEmpty();
		for (Object rule : rules) {
			for (Object peer : Yaml.list(rule, "from")) {
				String cidr = Yaml.text(peer, "ipBlock", "cidr");
				if (cidr != null) {
					assertThat(PrivateNetworks.contains(cidr)).as("LAN range " + cidr + " is private").isTrue();
				}
				else {
					assertThat(Yaml.has(peer, "namespaceSelector")).as("a peer from another namespace").isFalse();
					assertThat(Yaml.text(peer, "podSelector", "matchLabels", "app.kubernetes.io/name"))
						.as("platform pod admitted to channel-bulletin")
						.isEqualTo("portal");
				}
			}
		}
		for (Map<String, Object> service : manifests.ofKind("Service")) {
			boolean selectsBulletin = "channel-bulletin"
				.equals(Yaml.text(service, "spec", "selector", "app.kubernetes.io/name"));
			String type = Yaml.text(service, "spec", "type");
			if (selectsBulletin && ("LoadBalancer".equals(type) || "NodePort".equals(type))) {
				List<Object> ranges = Yaml.list(service, "spec", "loadBalancerSourceRanges");
				assertThat(ranges).as(Manifests.name(service) + " source ranges").isNotEmpty();
				assertThat(ranges).allSatisfy(
						(range) -> assertThat(PrivateNetworks.contains(String.valueOf(range))).as("range " + range)
							.isTrue());
			}
		}
	}

	private static boolean admitsNamespace(Map<String, Object> policy, String namespace) {
		for (Object rule : Yaml.list(policy, "spec", "ingress")) {
			for (Object peer : Yaml.list(rule, "from")) {
				if (namespace
					.equals(Yaml.text(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))) {
					return true;
				}
			}
		}
		return false;
	}

}
