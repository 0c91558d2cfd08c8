package cn.jianwu.deploy.checks;

import java.util.Map;

/**
 * deploy/k8s/secrets.example.env: the keys of the one Secret the Deployments read, names
 * only.
 */
final class SecretsExample {

	static final String SECRET_NAME = "jianwu-secrets";

	private SecretsExample() {
	}

	static Map<String, String> entries() {
		return EnvFile.read(Repository.path("deploy", "k8s", "secrets.example.env"));
	}

}
