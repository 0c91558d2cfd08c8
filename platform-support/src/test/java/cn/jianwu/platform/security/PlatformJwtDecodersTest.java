package cn.jianwu.platform.security;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The decoder against a key set served over HTTP, as a service sees the issuer: only
 * tokens of the configured issuer, signed by a published key, unexpired, pass.
 */
class PlatformJwtDecodersTest {

	static final String ISSUER = "http://issuer.test";

	static RSAKey key;

	static RSAKey foreignKey;

	static HttpServer server;

	static final AtomicInteger keySetRequests = new AtomicInteger();

	@BeforeAll
	static void serveKeySet() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("k1").generate();
		foreignKey = new RSAKeyGenerator(2048).keyID("k1").generate();
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/jwks", (exchange) -> {
			keySetRequests.incrementAndGet();
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(jwks);
			}
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@Test
	void validTokenIsDecodedAndTheKeySetIsCached() {
		JwtDecoder decoder = decoder(List.of());
		int before = keySetRequests.get();

		Jwt jwt = decoder.decode(token(key, (claims) -> claims.claim("roles", List.of("CLERK"))));
		decoder.decode(token(key, (claims) -> {
		}));

		assertThat(jwt.getSubject()).isEqualTo("clerk1");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CLERK");
		assertThat(keySetRequests.get() - before).isEqualTo(1);
	}

	@Test
	void tokenOfAnotherIssuerIsRefused() {
		assertRefused(decoder(List.of()), token(key, (claims) -> claims.issuer("http://elsewhere.test")));
	}

	@Test
	void expiredTokenIsRefused() {
		assertRefused(decoder(List.of()),
				token(key, (claims) -> claims.issueTime(Date.from(Instant.now().minusSeconds(3600)))
					.expirationTime(Date.from(Instant.now().minusSeconds(120)))));
	}

	@Test
	void tokenWithoutExpiryIsRefused() {
		assertRefused(decoder(List.of()), token(key, (claims) -> claims.expirationTime(null)));
	}

	@Test
	void tokenSignedByAnUnpublishedKeyIsRefused() {
		assertRefused(decoder(List.of()), token(foreignKey, (claims) -> {
		}));
	}

	@Test
	void audienceIsCheckedOnlyWhenConfigured() {
		String withAudience = token(key, (claims) -> claims.audience("jianwu"));
		String withoutAudience = token(key, (claims) -> {
		});

		assertThat(decoder(List.of()).decode(withoutAudience)).isNotNull();
		assertThat(decoder(List.of("jianwu", "other")).decode(withAudience)).isNotNull();
		assertRefused(decoder(List.of("jianwu")), withoutAudience);
		assertRefused(decoder(List.of("other")), withAudience);
	}

	@Test
	void unknownAlgorithmNameIsAConfigurationError() {
		PlatformSecurityProperties properties = properties(List.of(), List.of("RS999"));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> PlatformJwtDecoders.create(properties))
			.withMessageContaining("RS999");
	}

	private static void assertRefused(JwtDecoder decoder, String token) {
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode(token));
	}

	private static JwtDecoder decoder(List<String> audiences) {
		return PlatformJwtDecoders.create(properties(audiences, List.of("RS256")));
	}

	private static PlatformSecurityProperties properties(List<String> audiences, List<String> algorithms) {
		return new PlatformSecurityProperties(ISSUER,
				URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks"), "", audiences, algorithms,
				"roles", "department", Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5));
	}

	private static String token(RSAKey signingKey, Consumer<JWTClaimsSet.Builder> customizer) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("clerk1")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString());
		customizer.accept(claims);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims.build());
			jwt.sign(new RSASSASigner(signingKey));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
