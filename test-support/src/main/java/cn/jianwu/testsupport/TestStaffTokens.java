package cn.jianwu.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Staff tokens as disclosure-service issues them (RS256; {@code roles}, {@code name},
 * {@code department}; issuer {@code http://localhost:8080}), for services that check
 * tokens without running disclosure-service in the test. They are signed with a test key
 * whose public half a small HTTP server publishes, as disclosure-service's
 * {@code /api/auth/jwks} would, so the service under test checks them with its real
 * decoder and validator.
 */
public final class TestStaffTokens {

	/** The issuer services expect by default. */
	public static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = generate();

	private static HttpServer server;

	private TestStaffTokens() {
	}

	/** Points the service's token checks at the test key set. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("jianwu.security.jwk-set-uri", TestStaffTokens::jwkSetUri);
		registry.add("jianwu.security.issuer", () -> ISSUER);
	}

	/** Where the key set is published; the server starts on first use. */
	public static synchronized String jwkSetUri() {
		if (server == null) {
			server = serve(new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8));
		}
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/auth/jwks";
	}

	/** A token of a member of staff of 办公室 with the roles. */
	public static String of(String username, String... roles) {
		return token(username, username, "办公室", roles);
	}

	/** The demo administrator ({@code admin}, ADMIN). */
	public static String admin() {
		return token("admin", "周管理员", "办公室", "ADMIN");
	}

	public static String token(String username, String name, String department, String... roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(username)
			.audience("jianwu")
			.claim("name", name)
			.claim("roles", List.of(roles))
			.claim("department", department)
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

	private static HttpServer serve(byte[] jwks) {
		try {
			HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			started.createContext("/api/auth/jwks", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(jwks);
				}
			});
			started.setExecutor(null);
			started.start();
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-staff-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
