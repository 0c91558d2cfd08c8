package cn.jianwu.disclosure.identity;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the generated private key before it is stored, when a secret is configured:
 * AES-256-GCM with a key derived from the secret by PBKDF2-HMAC-SHA256 and a fresh salt.
 * Stored form: Base64 of salt (16) | nonce (12) | ciphertext with tag.
 */
final class PrivateKeySeal {

	private static final int SALT_BYTES = 16;

	private static final int NONCE_BYTES = 12;

	private static final int ITERATIONS = 210_000;

	private static final byte[] ASSOCIATED = "jianwu signing_key v1".getBytes(StandardCharsets.US_ASCII);

	private static final SecureRandom RANDOM = new SecureRandom();

	private PrivateKeySeal() {
	}

	static String seal(String plain, String secret) {
		byte[] salt = random(SALT_BYTES);
		byte[] nonce = random(NONCE_BYTES);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(secret, salt), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(ASSOCIATED);
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(salt.length + nonce.length + sealed.length)
					.put(salt)
					.put(nonce)
					.put(sealed)
					.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal the signing key", ex);
		}
	}

	/**
	 * @throws IllegalStateException if the secret is not the one the key was sealed with
	 */
	static String open(String stored, String secret) {
		try {
			byte[] all = Base64.getDecoder().decode(stored);
			ByteBuffer buffer = ByteBuffer.wrap(all);
			byte[] salt = new byte[SALT_BYTES];
			byte[] nonce = new byte[NONCE_BYTES];
			buffer.get(salt).get(nonce);
			byte[] sealed = new byte[buffer.remaining()];
			buffer.get(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(secret, salt), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(ASSOCIATED);
			return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException | BufferUnderflowException ex) {
			throw new IllegalStateException("The stored signing key cannot be opened with the configured "
					+ "JIANWU_JWT_KEY_SECRET (wrong secret, or the key was sealed with another one)");
		}
	}

	private static SecretKeySpec key(String secret, byte[] salt) throws GeneralSecurityException {
		byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
			.generateSecret(new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256))
			.getEncoded();
		return new SecretKeySpec(key, "AES");
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
