package cn.jianwu.reports.archive;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs and checks the volumes' manifests with the platform's report signing key:
 * RSASSA-PSS with SHA-256 (JDK only). The key comes from {@code REPORT_SIGNING_KEY}
 * (PKCS#8 PEM); without one, a key generated on first use is kept in
 * {@code archive_signing_key} — fine for development, not for volumes that must prove
 * something, since whoever reads the database could sign. The key id is the first 16 hex
 * digits of the SHA-256 of the public key (X.509 DER), so the same key always has the
 * same id.
 */
@Component
class ManifestSigner {

	static final String ALGORITHM = "RSASSA-PSS-SHA256";

	private static final Logger log = LoggerFactory.getLogger(ManifestSigner.class);

	private static final String PRIVATE = "PRIVATE KEY";

	private static final String PUBLIC = "PUBLIC KEY";

	private static final int GENERATED_BITS = 3072;

	private final JdbcClient jdbc;

	private final KeyPair configured;

	private volatile KeyPair generated;

	ManifestSigner(JdbcClient jdbc, ArchiveProperties properties) {
		this.jdbc = jdbc;
		if (StringUtils.hasText(properties.signingKey())) {
			try {
				this.configured = readPrivate(properties.signingKey());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"REPORT_SIGNING_KEY (jianwu.reports.archive.signing-key): " + ex.getMessage());
			}
			log.info("Signing archive manifests with the configured key {}", keyId(this.configured.getPublic()));
		}
		else {
			this.configured = null;
		}
	}

	/** The key id of the key that signs now. */
	String keyId() {
		return keyId(current().getPublic());
	}

	/** Base64 of the signature of the bytes. */
	String sign(byte[] data) {
		try {
			Signature signature = signature();
			signature.initSign(current().getPrivate());
			signature.update(data);
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign the manifest", ex);
		}
	}

	/**
	 * Whether a signature verifies with the key of that id.
	 * @return empty when no key of that id is known here
	 */
	Optional<Boolean> verify(byte[] data, String base64Signature, String keyId) {
		return publicKey(keyId).map((key) -> {
			try {
				Signature signature = signature();
				signature.initVerify(key);
				signature.update(data);
				return signature.verify(Base64.getDecoder().decode(base64Signature.trim()));
			}
			catch (GeneralSecurityException | IllegalArgumentException ex) {
				return false;
			}
		});
	}

	/** The public key that signs now, as PEM (X.509 SubjectPublicKeyInfo). */
	String publicKeyPem() {
		return pem(PUBLIC, current().getPublic().getEncoded());
	}

	private Optional<PublicKey> publicKey(String keyId) {
		if (this.configured != null && keyId(this.configured.getPublic()).equals(keyId)) {
			return Optional.of(this.configured.getPublic());
		}
		return this.jdbc.sql("SELECT public_key FROM archive_signing_key WHERE key_id = :id")
			.param("id", keyId)
			.query(String.class)
			.optional()
			.map(ManifestSigner::readPublic);
	}

	private KeyPair current() {
		if (this.configured != null) {
			return this.configured;
		}
		KeyPair key = this.generated;
		if (key == null) {
			synchronized (this) {
				key = this.generated;
				if (key == null) {
					key = loadOrCreate();
					this.generated = key;
				}
			}
		}
		return key;
	}

	private KeyPair loadOrCreate() {
		Optional<KeyPair> stored = stored();
		if (stored.isEmpty()) {
			KeyPair fresh = generate();
			this.jdbc.sql("""
					INSERT INTO archive_signing_key (key_id, algorithm, private_key, public_key)
					VALUES (:id, :algorithm, :privateKey, :publicKey)
					ON CONFLICT DO NOTHING""")
				.param("id", keyId(fresh.getPublic()))
				.param("algorithm", ALGORITHM)
				.param("privateKey", pem(PRIVATE, fresh.getPrivate().getEncoded()))
				.param("publicKey", pem(PUBLIC, fresh.getPublic().getEncoded()))
				.update();
			stored = stored();
		}
		KeyPair key = stored.orElseThrow(() -> new IllegalStateException("No archive signing key after creating one"));
		log.warn("Signing archive manifests with the key {} generated and kept in the database: development only, "
				+ "set REPORT_SIGNING_KEY in production", keyId(key.getPublic()));
		return key;
	}

	private Optional<KeyPair> stored() {
		return this.jdbc.sql("SELECT private_key FROM archive_signing_key")
			.query(String.class)
			.optional()
			.map(ManifestSigner::readPrivate);
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(GENERATED_BITS);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate the archive signing key", ex);
		}
	}

	private static Signature signature() throws GeneralSecurityException {
		Signature signature = Signature.getInstance("RSASSA-PSS");
		signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
		return signature;
	}

	static String keyId(PublicKey key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()))
				.substring(0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The key pair of a PKCS#8 PEM RSA private key (the public half from its CRT
	 * parameters).
	 * @throws IllegalArgumentException if it is not one; the message never holds the key
	 */
	static KeyPair readPrivate(String pem) {
		byte[] der = decode(pem, PRIVATE);
		try {
			PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
			if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
				throw new IllegalArgumentException("The RSA private key lacks its public exponent (CRT parameters)");
			}
			if (crt.getModulus().bitLength() < 2048) {
				throw new IllegalArgumentException("The RSA key has fewer than 2048 bits");
			}
			PublicKey publicKey = KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
			return new KeyPair(publicKey, privateKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException(
					"Not a readable RSA private key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	static PublicKey readPublic(String pem) {
		try {
			return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(pem, PUBLIC)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("archive_signing_key holds an unreadable public key", ex);
		}
	}

	private static byte[] decode(String pem, String label) {
		String text = pem.replace("\\n", "\n").trim();
		String begin = "-----BEGIN " + label + "-----";
		String end = "-----END " + label + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("Not a PEM " + label + ": expected '" + begin + "' (PKCS#8, as "
					+ "'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072' writes it)");
		}
		try {
			return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to).replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Malformed PEM: the body is not Base64");
		}
	}

	static String pem(String label, byte[] der) {
		return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + label + "-----\n";
	}

}
