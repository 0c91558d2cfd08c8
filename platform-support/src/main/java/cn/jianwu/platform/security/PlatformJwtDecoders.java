package cn.jianwu.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestOperations;
import org.springframework.web.client.RestTemplate;

/**
 * Builds the servlet services' token decoder from {@link PlatformSecurityProperties}.
 * Nothing is fetched at start-up: the key set (or discovery document) is loaded on the
 * first token and cached, and fetched again when a token names an unknown key id, so a
 * service starts even while the issuer is down.
 */
public final class PlatformJwtDecoders {

	private PlatformJwtDecoders() {
	}

	/**
	 * A decoder that accepts only tokens signed by the configured issuer's keys, carrying
	 * its {@code iss}, not expired, with an {@code exp}, and (if configured) one of the
	 * audiences.
	 * @param properties the settings
	 * @return the decoder
	 */
	public static JwtDecoder create(PlatformSecurityProperties properties) {
		RestOperations rest = restOperations(properties);
		OAuth2TokenValidator<Jwt> validator = validator(properties);
		if (properties.usesDiscovery()) {
			String issuerUri = properties.expectedIssuer();
			return new SupplierJwtDecoder(() -> {
				NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri)
					.restOperations(rest)
					.jwsAlgorithms((algorithms) -> replace(algorithms, properties))
					.build();
				decoder.setJwtValidator(validator);
				return decoder;
			});
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.restOperations(rest)
			.jwsAlgorithms((algorithms) -> replace(algorithms, properties))
			.build();
		decoder.setJwtValidator(validator);
		return decoder;
	}

	/**
	 * The checks every token passes after its signature.
	 * @param properties the settings
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(PlatformSecurityProperties properties) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtTimestampValidator(properties.clockSkew()));
		validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
		validators.add(new JwtIssuerValidator(properties.expectedIssuer()));
		JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
		type.setAllowEmpty(true);
		validators.add(type);
		List<String> audiences = properties.requiredAudiences();
		if (!audiences.isEmpty()) {
			validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
					(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)));
		}
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static void replace(Set<SignatureAlgorithm> algorithms, PlatformSecurityProperties properties) {
		algorithms.clear();
		algorithms.addAll(algorithms(properties));
	}

	/**
	 * The accepted signature algorithms.
	 * @param properties the settings
	 * @return the algorithms named in {@code jianwu.security.jws-algorithms}
	 */
	public static List<SignatureAlgorithm> algorithms(PlatformSecurityProperties properties) {
		return properties.jwsAlgorithms().stream().map((name) -> {
			SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.trim());
			if (algorithm == null) {
				throw new IllegalArgumentException("Unknown JWS algorithm in jianwu.security.jws-algorithms: " + name);
			}
			return algorithm;
		}).toList();
	}

	private static RestOperations restOperations(PlatformSecurityProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		return new RestTemplate(factory);
	}

}
