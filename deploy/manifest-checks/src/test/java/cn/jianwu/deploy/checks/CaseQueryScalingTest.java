package cn.jianwu.deploy.checks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * case-query-service takes the public load and scales on its own (docs/architecture.md
 * "Scale-out").
 */
class CaseQueryScalingTest {

	private static final String CASE_QUERY = "case-query-service";

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void aHorizontalPodAutoscalerOwnsTheReplicaCount(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		List<Map<String, Object>> autoscalers = manifests.ofKind("HorizontalPodAutoscaler");

		assertThat(autoscalers).as("autoscalers of " + kustomization)
			.extracting((hpa) -> Yaml.text(hpa, "spec", "scaleTargetRef", "name"))
			.containsExactly(CASE_QUERY);
		Map<String, Object> hpa = autoscalers.get(0);
		assertThat(Yaml.text(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
		int min = Integer.parseInt(Yaml.text(hpa, "spec", "minReplicas"));
		int max = Integer.parseInt(Yaml.text(hpa, "spec", "maxReplicas"));
		assertThat(min).as("minReplicas: one replica may be drained").isGreaterThanOrEqualTo(2);
		assertThat(max).as("maxReplicas").isGreaterThan(min);
		assertThat(Yaml.list(hpa, "spec", "metrics")).as("what it scales on").isNotEmpty();
		// A replicas field would reset the autoscaler's count on every apply.
		assertThat(Yaml.has(manifests.find("Deployment", CASE_QUERY).orElseThrow(), "spec", "replicas"))
			.as("replicas in the case-query-service Deployment")
			.isFalse();
	}

	@Test
	void productionKeepsAtLeastThreeReplicas() {
		Map<String, Object> hpa = Manifests.render(Manifests.PRODUCTION)
			.find("HorizontalPodAutoscaler", CASE_QUERY)
			.orElseThrow();
		assertThat(Integer.parseInt(Yaml.text(hpa, "spec", "minReplicas"))).isGreaterThanOrEqualTo(3);
	}

	@Test
	void composeCanRunSeveralReplicas() {
		Map<String, Object> service = ComposeFile.service(CASE_QUERY);

		assertThat(service).as("compose " + CASE_QUERY).doesNotContainKey("container_name");
		for (Object port : Yaml.list(service, "ports")) {
			assertThat(String.valueOf(port)).as("published port of " + CASE_QUERY).doesNotContain(":");
			assertThat(Yaml.has(port, "published")).as("published port of " + CASE_QUERY).isFalse();
		}
		for (Object network : Yaml.map(service, "networks").values()) {
			assertThat(Yaml.has(network, "ipv4_address")).as("fixed address of " + CASE_QUERY).isFalse();
		}
	}

}
