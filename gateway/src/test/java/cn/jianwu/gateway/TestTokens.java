package cn.jianwu.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Staff tokens as disclosure-service issues them (RS256, roles, department), signed with
 * a test key whose public half the disclosure stub publishes at {@code /api/auth/jwks}.
 */
final class TestTokens {

	/** The issuer the gateway expects by default. */
	static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = generate();

	/** Another key under the same key id: what a forger would sign with. */
	private static final RSAKey FORGED = generate();

	private TestTokens() {
	}

	static String jwks() {
		return new JWKSet(KEY.toPublicJWK()).toString();
	}

	static String valid() {
		return sign(KEY, ISSUER, Instant.now(), Duration.ofMinutes(15));
	}

	static String expired() {
		return sign(KEY, ISSUER, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(15));
	}

	static String ofAnotherIssuer() {
		return sign(KEY, "https://elsewhere.example", Instant.now(), Duration.ofMinutes(15));
	}

	static String forged() {
		return sign(FORGED, ISSUER, Instant.now(), Duration.ofMinutes(15));
	}

	private static String sign(RSAKey key, String issuer, Instant issuedAt, Duration ttl) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject("clerk1")
			.claim("name", "张书记员")
			.claim("roles", List.of("CLERK"))
			.claim("department", "公诉部")
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(ttl)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
