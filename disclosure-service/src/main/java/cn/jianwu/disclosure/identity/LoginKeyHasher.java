package cn.jianwu.disclosure.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Makes the {@link LoginKeys} of an attempt with HMAC-SHA256. A plain hash would not hide
 * anything: there are only some four billion IPv4 addresses and a handful of usernames,
 * so anyone reading {@code login_failure} could hash them all and find who failed from
 * where. The key is derived from {@code JIANWU_JWT_KEY_SECRET} (the service's secret,
 * required in compose and Kubernetes; domain-separated, so it is not the key that seals
 * the signing key), the same on every instance, so that the instances count together.
 * Without the secret (development) a built-in key is used, and start-up says so.
 */
final class LoginKeyHasher {

	private static final Logger log = LoggerFactory.getLogger(LoginKeyHasher.class);

	/** What the derived key is for: changing it starts every count afresh. */
	private static final byte[] PURPOSE = "jianwu login-failure keys v1".getBytes(StandardCharsets.US_ASCII);

	/** Public in the repository: for development and tests only. */
	private static final String INSECURE_DEVELOPMENT_SECRET = "INSECURE-development-only-login-keys-do-not-deploy";

	private final byte[] key;

	private LoginKeyHasher(byte[] key) {
		this.key = key;
	}

	/**
	 * @param secret the service's secret ({@code JIANWU_JWT_KEY_SECRET}), may be empty
	 * @return the hasher keyed from it
	 */
	static LoginKeyHasher fromSecret(String secret) {
		if (!StringUtils.hasText(secret)) {
			log.warn("JIANWU_JWT_KEY_SECRET is not set: failed logins are counted under keys made with a built-in, "
					+ "publicly known key. Set it in every real deployment.");
			secret = INSECURE_DEVELOPMENT_SECRET;
		}
		return new LoginKeyHasher(hmac(secret.getBytes(StandardCharsets.UTF_8), PURPOSE));
	}

	LoginKeys keys(String normalizedUsername, String clientAddress) {
		return new LoginKeys(hex(this.key, "account:" + normalizedUsername), hex(this.key, "client:" + clientAddress));
	}

	private static String hex(byte[] key, String value) {
		return HexFormat.of().formatHex(hmac(key, value.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
