package cn.jianwu.deploy.checks;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A variable that no placeholder reads is silently ignored by Spring: a typo in a
 * manifest would leave a service on its local default. These checks tie every variable to
 * the service's configuration, and every address the service needs to a variable.
 */
class ServiceEnvironmentTest {

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyVariableOfADeploymentIsReadByThatService(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			ServiceConfiguration service = ServiceConfiguration.of(Manifests.name(deployment));
			assertThat(ContainerEnvironment.names(manifests, deployment))
				.as("variables of Deployment %s (%s) that %s's application.yml and platform-defaults.properties "
						+ "read", service, kustomization, service)
				.isSubsetOf(readable(service));
		}
	}

	@ParameterizedTest
	@MethodSource("cn.jianwu.deploy.checks.Manifests#kustomizations")
	void everyRequiredAddressOfAServiceIsSetByItsDeployment(String kustomization) {
		Manifests manifests = Manifests.render(kustomization);
		for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
			ServiceConfiguration service = ServiceConfiguration.of(Manifests.name(deployment));
			assertThat(ContainerEnvironment.names(manifests, deployment))
				.as("addresses Deployment %s (%s) must set", service, kustomization)
				.containsAll(service.requiredAddresses());
		}
	}

	@Test
	void everyVariableOfAComposeServiceIsReadByThatService() {
		for (String module : Repository.serviceModules()) {
			ServiceConfiguration service = ServiceConfiguration.of(module);
			assertThat(ComposeFile.environment(ComposeFile.service(module)))
				.as("variables of compose service %s that its configuration reads", module)
				.isSubsetOf(readable(service));
		}
	}

	@Test
	void everyRequiredAddressOfAServiceIsSetInCompose() {
		for (String module : Repository.serviceModules()) {
			ServiceConfiguration service = ServiceConfiguration.of(module);
			assertThat(ComposeFile.environment(ComposeFile.service(module)))
				.as("addresses compose service %s must set", module)
				.containsAll(service.requiredAddresses());
		}
	}

	@Test
	void requiredAddressesFollowTheServicesStores() {
		// Guards the derivation itself: if it found nothing, the two checks above would
		// pass vacuously.
		assertThat(ServiceConfiguration.of("case-query-service").requiredAddresses()).contains("DB_URL",
				"KAFKA_BOOTSTRAP", "REDIS_HOST", "JIANWU_JWK_SET_URI");
		assertThat(ServiceConfiguration.of("search-service").requiredAddresses()).contains("ELASTICSEARCH_URL",
				"DISCLOSURE_URL", "KAFKA_BOOTSTRAP");
		assertThat(ServiceConfiguration.of("search-service").requiredAddresses()).doesNotContain("DB_URL");
		assertThat(ServiceConfiguration.of("gateway").requiredAddresses()).contains("DISCLOSURE_URL", "CASE_QUERY_URL",
				"SEARCH_URL", "WECHAT_URL", "PORTAL_URL", "REDIS_HOST");
		assertThat(ServiceConfiguration.of("portal").requiredAddresses()).contains("BULLETIN_URL")
			.doesNotContain("KAFKA_BOOTSTRAP");
	}

	private static Set<String> readable(ServiceConfiguration service) {
		Set<String> readable = new LinkedHashSet<>(service.variables());
		readable.addAll(RuntimeVariables.NAMES);
		readable.addAll(BootSettings.NAMES);
		readable.addAll(SharedProperties.NAMES);
		return readable;
	}

}
