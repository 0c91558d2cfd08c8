package cn.jianwu.disclosure.identity;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * The keys tokens are signed and checked with. A key given in the configuration
 * ({@code JIANWU_JWT_PRIVATE_KEY}) signs; otherwise the active key of the
 * {@code signing_key} table does, generated (RSA 2048) by the first instance that needs
 * one. Keys are loaded on first use, so the service starts even before the database
 * answers. The published and accepted key set is the signing key plus every key in the
 * table, so tokens signed before a switch to a configured key stay valid until they
 * expire.
 */
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	/** Least time between two reloads of the key set for an unknown key id. */
	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

	/**
	 * The accepted key set is read again after this long even without unknown key ids.
	 */
	private static final Duration KEEP_KEY_SET = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final RSAKey configured;

	private final String secret;

	private volatile RSAKey current;

	private volatile JWKSet accepted;

	private volatile Instant acceptedAt = Instant.EPOCH;

	SigningKeys(JdbcClient jdbc, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.secret = StringUtils.hasText(properties.keyEncryptionSecret()) ? properties.keyEncryptionSecret() : null;
		if (StringUtils.hasText(properties.privateKey())) {
			try {
				this.configured = PemKeys.read(properties.privateKey());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"JIANWU_JWT_PRIVATE_KEY (jianwu.identity.private-key): " + ex.getMessage());
			}
			log.info("Signing tokens with the configured key {}", this.configured.getKeyID());
		}
		else {
			this.configured = null;
		}
	}

	/** The key new tokens are signed with. */
	RSAKey current() {
		if (this.configured != null) {
			return this.configured;
		}
		RSAKey key = this.current;
		if (key == null) {
			synchronized (this) {
				key = this.current;
				if (key == null) {
					key = loadOrCreate();
					this.current = key;
				}
			}
		}
		return key;
	}

	/** The public keys, read afresh: what {@code GET /api/auth/jwks} publishes. */
	JWKSet publicKeys() {
		Map<String, JWK> keys = new LinkedHashMap<>();
		if (this.configured != null) {
			keys.put(this.configured.getKeyID(), this.configured.toPublicJWK());
		}
		for (String json : this.jdbc.sql("SELECT public_jwk FROM signing_key ORDER BY active DESC, created_at DESC")
			.query(String.class)
			.list()) {
			JWK jwk = parse(json);
			keys.putIfAbsent(jwk.getKeyID(), jwk);
		}
		return new JWKSet(new ArrayList<>(keys.values()));
	}

	/**
	 * The keys this service accepts when it checks a token, cached and read again when a
	 * token names a key id it does not know (at most every few seconds).
	 */
	JWKSource<SecurityContext> verificationKeys() {
		return (selector, context) -> {
			List<JWK> found = selector.select(acceptedKeys(false));
			if (found.isEmpty()) {
				found = selector.select(acceptedKeys(true));
			}
			return found;
		};
	}

	private JWKSet acceptedKeys(boolean unknownKeyId) {
		Instant now = Instant.now();
		JWKSet keys = this.accepted;
		Duration age = Duration.between(this.acceptedAt, now);
		boolean stale = keys == null || age.compareTo(KEEP_KEY_SET) > 0
				|| (unknownKeyId && age.compareTo(RELOAD_AT_MOST_EVERY) > 0);
		if (stale) {
			keys = publicKeys();
			this.accepted = keys;
			this.acceptedAt = now;
		}
		return keys;
	}

	private RSAKey loadOrCreate() {
		Optional<RSAKey> active = active();
		if (active.isPresent()) {
			log.info("Signing tokens with the stored key {}", active.get().getKeyID());
			return active.get();
		}
		RSAKey generated = generate();
		String pem = PemKeys.write(generated);
		int inserted = this.jdbc.sql("""
				INSERT INTO signing_key (kid, algorithm, private_key, private_key_encrypted, public_jwk, active)
				VALUES (:kid, 'RS256', :privateKey, :encrypted, :publicJwk, TRUE)
				ON CONFLICT DO NOTHING""")
			.param("kid", generated.getKeyID())
			.param("privateKey", (this.secret != null) ? PrivateKeySeal.seal(pem, this.secret) : pem)
			.param("encrypted", this.secret != null)
			.param("publicJwk", generated.toPublicJWK().toJSONString())
			.update();
		RSAKey key = active().orElseThrow(() -> new IllegalStateException("No active signing key after creating one"));
		if (inserted == 1 && key.getKeyID().equals(generated.getKeyID())) {
			log.info("Generated the signing key {} ({})", key.getKeyID(),
					(this.secret != null) ? "sealed with JIANWU_JWT_KEY_SECRET" : "stored unsealed");
		}
		else {
			log.info("Another instance created the signing key first; signing with {}", key.getKeyID());
		}
		return key;
	}

	private Optional<RSAKey> active() {
		return this.jdbc.sql("SELECT private_key, private_key_encrypted, public_jwk FROM signing_key WHERE active")
			.query((rs, row) -> {
				String stored = rs.getString("private_key");
				boolean encrypted = rs.getBoolean("private_key_encrypted");
				if (encrypted && this.secret == null) {
					throw new IllegalStateException(
							"The stored signing key is sealed: set JIANWU_JWT_KEY_SECRET to the secret it was sealed with");
				}
				RSAKey privateKey = PemKeys.read(encrypted ? PrivateKeySeal.open(stored, this.secret) : stored);
				RSAKey published = (RSAKey) parse(rs.getString("public_jwk"));
				if (!published.getModulus().equals(privateKey.getModulus())) {
					throw new IllegalStateException("signing_key " + published.getKeyID()
							+ ": the private key does not belong to the published public key");
				}
				return privateKey;
			})
			.optional();
	}

	private static RSAKey generate() {
		try {
			RSAKey raw = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate();
			return PemKeys.signingKey(raw.toRSAPublicKey(), raw.toRSAPrivateKey());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

	private static JWK parse(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("signing_key holds an unreadable public key", ex);
		}
	}

}
