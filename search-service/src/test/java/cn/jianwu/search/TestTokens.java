package cn.jianwu.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import cn.jianwu.platform.security.PlatformJwtDecoders;
import cn.jianwu.platform.security.PlatformSecurityProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Staff tokens as disclosure-service issues them (RS256, roles, department), signed with
 * a key of the test. {@link Keys} makes the service check tokens against that key with
 * the platform's own checks (issuer, expiry), instead of fetching disclosure-service's
 * key set.
 */
public final class TestTokens {

	private static final RSAKey KEY = generate();

	private TestTokens() {
	}

	public static String of(String username, String role) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:8080")
			.subject(username)
			.claim("name", "测试人员")
			.claim("roles", List.of(role))
			.claim("department", "办公室")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(KEY));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("search-test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The service checks tokens against the test's key. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Keys {

		@Bean
		JwtDecoder jwtDecoder(PlatformSecurityProperties properties) throws JOSEException {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
			decoder.setJwtValidator(PlatformJwtDecoders.validator(properties));
			return decoder;
		}

	}

}
