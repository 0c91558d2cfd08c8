package cn.jianwu.gateway.fallback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The local endpoint that every route's circuit breaker forwards to
 * ({@code forward:/fallback/<service>}). Any method: the failed request keeps its own.
 */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

	@Bean
	RouterFunction<ServerResponse> fallbackRoute(FallbackHandler handler) {
		return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), handler::fallback);
	}

}
