package cn.jianwu.deploy.checks;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variable names a Deployment's container gets: its {@code env} entries and every key
 * of the ConfigMaps and Secrets it reads whole with {@code envFrom}.
 */
final class ContainerEnvironment {

	private ContainerEnvironment() {
	}

	static Set<String> names(Manifests manifests, Map<String, Object> deployment) {
		Map<String, Object> container = Manifests.container(deployment);
		Set<String> names = new LinkedHashSet<>();
		for (Object entry : Yaml.list(container, "env")) {
			names.add(Yaml.text(entry, "name"));
		}
		for (Object source : Yaml.list(container, "envFrom")) {
			String configMap = Yaml.text(source, "configMapRef", "name");
			if (configMap != null) {
				manifests.find("ConfigMap", configMap)
					.ifPresent((found) -> names.addAll(Yaml.map(found, "data").keySet()));
			}
			if (Yaml.text(source, "secretRef", "name") != null) {
				names.addAll(SecretsExample.entries().keySet());
			}
		}
		return names;
	}

}
