package cn.jianwu.casequery;

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

/**
 * Staff tokens as disclosure-service issues them (RS256, {@code roles},
 * {@code department}, issuer {@code http://localhost:8080}), signed with a test key whose
 * public half a small HTTP server publishes where the service fetches
 * disclosure-service's key set ({@code jianwu.security.jwk-set-uri}). The service checks
 * them with its real decoder.
 */
public final class TestTokens {

	static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = generate();

	private static final HttpServer JWKS = serve();

	private TestTokens() {
	}

	/** Where the key set is published. */
	public static String jwkSetUri() {
		return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/api/auth/jwks";
	}

	/** The demo case manager ({@code casemgr}, CASE_MANAGER, 案件管理部). */
	public static String caseManager() {
		return token("casemgr", "孙案管员", "案件管理部", "CASE_MANAGER");
	}

	public static String supervisor() {
		return token("supervisor", "郑督察员", "检务督察部", "SUPERVISOR");
	}

	public static String clerk() {
		return token("clerk1", "张书记员", "公诉部", "CLERK");
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

	private static HttpServer serve() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/api/auth/jwks", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
