package cn.jianwu.hall.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * The AES-256 key that encrypts writers' personal data ({@code HALL_PERSONAL_DATA_KEY}:
 * 32 bytes, base64), and its id (the start of its SHA-256), stored with every row so that
 * a rotated key is recognised. Without a configured key the service uses a built-in one
 * that is public in this repository, and says so at start-up.
 *
 * @param key the key
 * @param id its id
 */
record PersonalDataKey(SecretKey key, String id) {

	/** Public in the repository: for development and tests only. */
	static final String INSECURE_DEVELOPMENT_KEY = "SU5TRUNVUkUtZGV2LW9ubHktaGFsbC1wZXJzb25hbC0=";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);

	static PersonalDataKey of(String configured) {
		String encoded = configured;
		if (!StringUtils.hasText(encoded)) {
			log.warn("HALL_PERSONAL_DATA_KEY is not set: writers' personal data is encrypted with the built-in, "
					+ "publicly known development key. Set HALL_PERSONAL_DATA_KEY (32 random bytes, base64, the same "
					+ "on every instance) before the hall takes real messages.");
			encoded = INSECURE_DEVELOPMENT_KEY;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("HALL_PERSONAL_DATA_KEY must be base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("HALL_PERSONAL_DATA_KEY must be 32 bytes (base64 of 32 random bytes)");
		}
		return new PersonalDataKey(new SecretKeySpec(bytes, "AES"), id(bytes));
	}

	private static String id(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("hall-personal-data:" + HexFormat.of().formatHex(key)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
