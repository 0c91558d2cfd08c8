package cn.jianwu.deploy.checks;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigReferenceTest {

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyConfigMapKeyRefNamesAKeyOfARenderedConfigMap(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		int references = 0;
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			for (Object entry : Yaml.list(Manifests.container(deployment), "env")) {
				Map<String, Object> reference = Yaml.map(entry, "valueFrom", "configMapKeyRef");
				if (reference.isEmpty()) {
					continue;
				}
				references++;
				String where = Manifests.name(deployment) + " env " + Yaml.text(entry, "name");
				Map<String, Object> configMap = manifests.find("ConfigMap", Yaml.text(reference, "name"))
					.orElseThrow(() -> new AssertionError(where + ": no ConfigMap " + reference.get("name")));
				Map<String, Object> data = Yaml.map(configMap, "data");
				if (Boolean.TRUE.equals(reference.get("optional"))) {
					// An optional setting is left out where unused, never left empty: an
					// empty
					// OTLP endpoint, for one, stops the service from starting.
					Object value = data.get(Yaml.text(reference, "key"));
					assertThat(value == null || !value.toString().isBlank())
						.as(where + " (optional): absent or with a value, not empty")
						.isTrue();
					continue;
				}
				assertThat(data).as(where).containsKey(Yaml.text(reference, "key"));
			}
		}
		assertThat(references).as("configMapKeyRefs in " + kustomization).isPositive();
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everySecretKeyRefNamesAKeyDeclaredInTheSecretsExample(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		Set<String> declared = SecretsExample.entries().keySet();
		int references = 0;
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			for (Object entry : Yaml.list(Manifests.container(deployment), "env")) {
				Map<String, Object> reference = Yaml.map(entry, "valueFrom", "secretKeyRef");
				if (reference.isEmpty()) {
					continue;
				}
				references++;
				String where = Manifests.name(deployment) + " env " + Yaml.text(entry, "name");
				assertThat(Yaml.text(reference, "name")).as(where).isEqualTo(SecretsExample.SECRET_NAME);
				assertThat(declared).as(where + " key, in deploy/k8s/secrets.example.env")
					.contains(Yaml.text(reference, "key"));
			}
		}
		assertThat(references).as("secretKeyRefs in " + kustomization).isPositive();
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyEnvFromSourceExists(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			for (Object source : Yaml.list(Manifests.container(deployment), "envFrom")) {
				String where = Manifests.name(deployment) + " envFrom";
				String configMap = Yaml.text(source, "configMapRef", "name");
				String secret = Yaml.text(source, "secretRef", "name");
				assertThat(configMap != null || secret != null).as(where + " names a ConfigMap or a Secret").isTrue();
				if (configMap != null) {
					assertThat(manifests.find("ConfigMap", configMap)).as(where + " ConfigMap " + configMap)
						.isPresent();
				}
				if (secret != null) {
					assertThat(secret).as(where + " Secret").isEqualTo(SecretsExample.SECRET_NAME);
				}
			}
		}
	}

	@Test
	void noSecretValueIsCommitted() {
		assertThat(SecretsExample.entries()).as("deploy/k8s/secrets.example.env: names only")
			.isNotEmpty()
			.allSatisfy((key, value) -> assertThat(value).as(key).isEmpty());
		for (String kustomization : Manifests.kustomizations()) {
			assertThat(Manifests.render(kustomization).ofKind("Secret")).as("Secrets rendered by " + kustomization)
				.isEmpty();
		}
	}

	@Test
	void everyDeclaredSecretKeyIsReadBySomeDeployment() {
		Manifests base = Manifests.render(Manifests.BASE);
		Set<String> read = new LinkedHashSet<>();
		for (Map<String, Object> deployment : base.ofKind("Deployment")) {
			for (Object entry : Yaml.list(Manifests.container(deployment), "env")) {
				String key = Yaml.text(entry, "valueFrom", "secretKeyRef", "key");
				if (key != null) {
					read.add(key);
				}
			}
		}
		assertThat(read).as("keys the Deployments read").containsAll(SecretsExample.entries().keySet());
	}

}
