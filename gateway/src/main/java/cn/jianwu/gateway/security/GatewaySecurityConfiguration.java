package cn.jianwu.gateway.security;

import java.util.List;
import java.util.Set;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import cn.jianwu.gateway.problem.ProblemKind;
import cn.jianwu.gateway.problem.ProblemWriter;
import cn.jianwu.platform.security.PlatformJwtDecoders;
import cn.jianwu.platform.security.PlatformSecurityProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Staff routes ({@link StaffRoutes}) need a valid bearer token: signed by the configured
 * issuer's keys, with its {@code iss}, unexpired. Without one the gateway answers a 401
 * Problem itself and the service never sees the request. The {@code Authorization} header
 * goes downstream unchanged, and every service checks the token again.
 * <p>
 * Public routes are not touched (the chain does not run for them): a token sent to them
 * is not even read, so a stale token cannot spoil a login or a public page. Stateless (no
 * session), no CSRF token (staff authenticate by header, not by cookie), no form or basic
 * login, and the gateway's own security headers stay the only ones
 * ({@code SecurityHeadersWebFilter}). Tokens are checked with the same settings
 * ({@code jianwu.security.*}) and the same validator as in every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
class GatewaySecurityConfiguration {

	@Bean
	SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemWriter writer) {
		ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE,
						(ex instanceof InvalidBearerTokenException) ? "Bearer error=\"invalid_token\"" : "Bearer");
			return writer.write(exchange, ProblemKind.UNAUTHORIZED.toProblem());
		};
		ServerAccessDeniedHandler forbidden = (exchange, ex) -> writer.write(exchange,
				ProblemKind.FORBIDDEN.toProblem());
		// The chain runs for staff routes only: a public request (the case query the
		// gateway exists to carry) passes no security filter at all.
		return http.securityMatcher(StaffRoutes.MATCHER)
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtDecoder(decoder))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
			.build();
	}

	@Bean
	ReactiveJwtDecoder reactiveJwtDecoder(PlatformSecurityProperties properties) {
		WebClient webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create()
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
				.responseTimeout(properties.readTimeout())))
			.build();
		List<SignatureAlgorithm> algorithms = PlatformJwtDecoders.algorithms(properties);
		NimbusReactiveJwtDecoder decoder = (properties.usesDiscovery()
				? NimbusReactiveJwtDecoder.withIssuerLocation(properties.expectedIssuer())
				: NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()))
			.webClient(webClient)
			.jwsAlgorithms((accepted) -> replace(accepted, algorithms))
			.build();
		decoder.setJwtValidator(PlatformJwtDecoders.validator(properties));
		return decoder;
	}

	private static void replace(Set<SignatureAlgorithm> accepted, List<SignatureAlgorithm> algorithms) {
		accepted.clear();
		accepted.addAll(algorithms);
	}

}
