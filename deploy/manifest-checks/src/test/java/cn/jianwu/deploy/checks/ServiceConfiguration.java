package cn.jianwu.deploy.checks;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads from its environment: the placeholders of its
 * {@code application.yml} and of the shared {@code platform-defaults.properties}, and
 * which of them are addresses a deployment must set because their defaults point at the
 * local machine.
 */
final class ServiceConfiguration {

	private static final Pattern SERVER_PORT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");

	private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

	private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

	private final String module;

	private final Map<String, String> ownPlaceholders;

	private final Map<String, String> placeholders;

	private final Set<String> runtimeDependencies;

	private ServiceConfiguration(String module) {
		this.module = module;
		this.ownPlaceholders = Placeholders
			.in(Repository.read(Repository.path(module, "src", "main", "resources", "application.yml")));
		this.placeholders = new LinkedHashMap<>(Placeholders.in(Repository.read(Repository.path("platform-support",
				"src", "main", "resources", "cn", "jianwu", "platform", "platform-defaults.properties"))));
		this.placeholders.putAll(this.ownPlaceholders);
		this.runtimeDependencies = runtimeDependencies(Repository.read(Repository.path(module, "pom.xml")));
	}

	static ServiceConfiguration of(String module) {
		return new ServiceConfiguration(module);
	}

	String module() {
		return this.module;
	}

	Set<String> variables() {
		return this.placeholders.keySet();
	}

	int serverPort() {
		Matcher port = SERVER_PORT
			.matcher(Repository.read(Repository.path(this.module, "src", "main", "resources", "application.yml")));
		if (!port.find()) {
			throw new IllegalStateException(this.module + "'s application.yml has no ${SERVER_PORT:<port>}");
		}
		return Integer.parseInt(port.group(1));
	}

	/**
	 * The addresses that must be set wherever the service runs outside one machine: its
	 * own placeholders defaulting to {@code localhost}/{@code 127.0.0.1}, plus the store
	 * addresses of the shared defaults that its dependencies use. A placeholder whose
	 * default is another placeholder (e.g.
	 * {@code ${CASE_QUERY_URLS:${CASE_QUERY_URL:...}}}) is an alternative to that one,
	 * not an address of its own.
	 */
	Set<String> requiredAddresses() {
		Set<String> required = new LinkedHashSet<>();
		this.ownPlaceholders.forEach((name, fallback) -> {
			if (fallback != null && !fallback.startsWith("${")
					&& (fallback.contains("localhost") || fallback.contains("127.0.0.1"))) {
				required.add(name);
			}
		});
		if (dependsOn("postgresql")) {
			required.addAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD"));
		}
		if (dependsOn("spring-boot-starter-kafka")) {
			required.add("KAFKA_BOOTSTRAP");
		}
		if (dependsOnArtifactContaining("data-redis")) {
			required.addAll(List.of("REDIS_HOST", "REDIS_PORT"));
		}
		if (dependsOn("spring-boot-starter-security-oauth2-resource-server")) {
			required.addAll(List.of("JIANWU_JWT_ISSUER", "JIANWU_JWK_SET_URI"));
		}
		return required;
	}

	/**
	 * Whether the service is a channel adapter: it keeps a delivery ledger
	 * ({@code channel-support}) whose rows are claimed by instance name.
	 */
	boolean keepsADeliveryLedger() {
		return dependsOn("channel-support");
	}

	private boolean dependsOn(String artifactId) {
		return this.runtimeDependencies.contains(artifactId);
	}

	private boolean dependsOnArtifactContaining(String part) {
		return this.runtimeDependencies.stream().anyMatch((artifactId) -> artifactId.contains(part));
	}

	// Test-scoped starters (e.g. spring-boot-starter-kafka-test) say nothing about
	// production.
	private static Set<String> runtimeDependencies(String pom) {
		Set<String> artifactIds = new LinkedHashSet<>();
		Matcher dependencies = DEPENDENCY.matcher(pom);
		while (dependencies.find()) {
			String dependency = dependencies.group(1);
			Matcher artifact = ARTIFACT.matcher(dependency);
			if (!dependency.contains("<scope>test</scope>") && artifact.find()) {
				artifactIds.add(artifact.group(1).trim());
			}
		}
		return artifactIds;
	}

	@Override
	public String toString() {
		return this.module;
	}

}
