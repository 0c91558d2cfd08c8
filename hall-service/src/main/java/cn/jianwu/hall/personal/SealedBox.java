package cn.jianwu.hall.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal data as one AES-256-GCM document with the hall's personal-data key
 * ({@code jianwu.hall.personal-data-key}), the owning row's id bound in as associated
 * data so that a sealed document copied onto another row does not open. Each feature
 * keeps its sealed rows in its own table (the key id, the nonce and the ciphertext).
 */
@Component
public class SealedBox {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final JsonMapper json;

	private final PersonalDataKey key;

	private final SecureRandom random = new SecureRandom();

	SealedBox(JsonMapper json, @Value("${jianwu.hall.personal-data-key:}") String key) {
		this.json = json;
		this.key = PersonalDataKey.of(key);
	}

	/** Seals a value (written as JSON) for the row with the given id. */
	public Sealed seal(UUID owner, Object value) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		return new Sealed(this.key.id(), nonce,
				crypt(Cipher.ENCRYPT_MODE, owner, nonce, this.json.writeValueAsBytes(value)));
	}

	/** Opens what {@link #seal} sealed for the same row. */
	public <T> T open(UUID owner, Sealed sealed, Class<T> type) {
		if (!this.key.id().equals(sealed.keyId())) {
			throw new IllegalStateException("Personal data of " + owner + " was sealed with key " + sealed.keyId()
					+ ", not the configured key " + this.key.id());
		}
		return this.json.readValue(crypt(Cipher.DECRYPT_MODE, owner, sealed.nonce(), sealed.ciphertext()), type);
	}

	private byte[] crypt(int mode, UUID owner, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(mode, this.key.key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Personal data could not be "
							+ ((mode == Cipher.ENCRYPT_MODE) ? "encrypted" : "decrypted (wrong key or altered row)"),
					ex);
		}
	}

	/**
	 * A sealed document as stored.
	 *
	 * @param keyId which key sealed it
	 * @param nonce the GCM nonce
	 * @param ciphertext the ciphertext with its tag
	 */
	public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

	}

}
