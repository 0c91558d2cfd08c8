package cn.jianwu.channel.bulletin;

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
 * Staff tokens as disclosure-service issues them (RS256, roles, department), signed with
 * a test key whose public half a small key-set server publishes, as the issuer's
 * {@code /api/auth/jwks} would. The service under test validates them with the platform's
 * real decoder.
 */
public final class StaffTokens {

	/** The issuer services expect by default. */
	public static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = generate();

	private static HttpServer server;

	private StaffTokens() {
	}

	/** Where the key set is served; starts the server on first use. */
	public static synchronized String jwkSetUri() {
		if (server == null) {
			byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			try {
				server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(jwks);
				}
			});
			server.start();
		}
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
	}

	/** A token of a member of staff with the roles. */
	public static String of(String username, String... roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(username)
			.claim("roles", List.of(roles))
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

	public static String admin() {
		return of("admin", "ADMIN");
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("bulletin-test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
