package cn.jianwu.gateway.pathguard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class PathGuardWebFilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/cases/actuator/env", "/api/cases/Actuator", "/api/cases/actuator;a=b/env",
			"/api/cases/../actuator/env", "/api/cases/%2e%2e/x", "/api/cases/.%2E/x", "/api/cases/./x",
			"/api/cases/..;/x", "/api/cases/a%2fb", "/api/cases/a%5Cb", "/api/cases/a%2Factuator",
			"/actuator/../api/cases", "/Actuator/env", "/api/%61ctuator/env" })
	void rejectsPathsThatEscapeARoutePrefix(String path) {
		assertThat(PathGuardWebFilter.isRejected(PathContainer.parsePath(path))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/cases/query", "/api/cases/2024-001/events", "/actuator/health",
			"/actuator/health/liveness", "/api/search", "/css/site.css", "/api/public/items/a.b",
			"/api/disclosures/...", "/api/hotline/welcome.vxml" })
	void acceptsOrdinaryPaths(String path) {
		assertThat(PathGuardWebFilter.isRejected(PathContainer.parsePath(path))).isFalse();
	}

}
