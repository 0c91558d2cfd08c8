package cn.jianwu.hall.intake;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.throttle.HallRedis;
import cn.jianwu.hall.throttle.ThrottleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Identical submissions of one client within {@code duplicate-window} are one message (a
 * double click, a retried request, WeChat delivering a text again): the first claims the
 * submission's fingerprint in Redis, the others get the first one's receipt.
 * <p>
 * The receipt holds the writer's codes, so Redis keeps it only encrypted (AES-GCM) under
 * a key derived from the service's hash key and the submission itself: whoever reads
 * Redis finds neither the codes nor the means to decrypt them, and the key name is a
 * keyed hash that tells nothing of the text. Without Redis there is no detection: a
 * repeated submission is then a second message, which the office merges.
 */
@Component
class DuplicateSubmissions {

	private static final Logger log = LoggerFactory.getLogger(DuplicateSubmissions.class);

	private static final String PENDING = "pending";

	/** How long a first submission may take before an identical one stops waiting. */
	private static final Duration CLAIM = Duration.ofSeconds(10);

	private static final Duration WAIT = Duration.ofSeconds(3);

	private static final int NONCE_BYTES = 12;

	private final HallRedis redis;

	private final HallHash hash;

	private final JsonMapper json;

	private final Duration window;

	private final SecureRandom random = new SecureRandom();

	DuplicateSubmissions(HallRedis redis, HallHash hash, JsonMapper json, ThrottleProperties properties) {
		this.redis = redis;
		this.hash = hash;
		this.json = json;
		this.window = properties.duplicateWindow();
	}

	/** The fingerprint of a client's submission. */
	Fingerprint fingerprint(String clientKey, MessageSubmission submission, SubmissionChannel channel) {
		StringBuilder source = new StringBuilder();
		for (Object part : new Object[] { clientKey, submission.kind(), channel, submission.subject(),
				submission.body(), submission.name(), submission.phone(), submission.email(), submission.publicOk(),
				submission.itemId(), submission.callId() }) {
			String value = Objects.toString(part, "");
			source.append(value.length()).append(':').append(value).append('|');
		}
		return new Fingerprint("hall:duplicate:" + this.hash.digest("submission", source.toString()),
				HexFormat.of().parseHex(this.hash.digest("receipt-key", source.toString())));
	}

	/**
	 * Claims a submission, or finds the receipt of the identical one before it.
	 * @return the earlier receipt, or empty when this one is the first (or Redis is
	 * unavailable)
	 */
	Optional<SubmissionReceipt> claim(Fingerprint fingerprint) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			Boolean claimed = this.redis.call(
					(redis) -> redis.opsForValue().setIfAbsent(fingerprint.key(), PENDING, CLAIM), () -> Boolean.TRUE);
			if (Boolean.TRUE.equals(claimed)) {
				return Optional.empty();
			}
			String stored = this.redis.call((redis) -> redis.opsForValue().get(fingerprint.key()), () -> null);
			if (stored != null && !PENDING.equals(stored)) {
				return open(fingerprint, stored);
			}
			if (System.nanoTime() - deadline > 0) {
				// the first is still being recorded after seconds: take this one on its
				// own
				return Optional.empty();
			}
			// the identical first submission is being recorded right now (a double click)
			pause();
		}
	}

	/** The first submission committed: its receipt answers the identical ones. */
	void remember(Fingerprint fingerprint, SubmissionReceipt receipt) {
		String sealed = seal(fingerprint, receipt);
		this.redis.run((redis) -> {
			redis.opsForValue().set(fingerprint.key(), sealed, this.window);
			return null;
		});
	}

	/** The first submission failed: an identical one may try again. */
	void release(Fingerprint fingerprint) {
		this.redis.run((redis) -> redis.delete(fingerprint.key()));
	}

	private String seal(Fingerprint fingerprint, SubmissionReceipt receipt) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, fingerprint, nonce, this.json.writeValueAsBytes(receipt));
		byte[] stored = new byte[NONCE_BYTES + ciphertext.length];
		System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
		System.arraycopy(ciphertext, 0, stored, NONCE_BYTES, ciphertext.length);
		return Base64.getEncoder().encodeToString(stored);
	}

	/**
	 * The earlier receipt, or empty when it does not open (the hash key changed since):
	 * then this submission is taken on its own rather than refused.
	 */
	private Optional<SubmissionReceipt> open(Fingerprint fingerprint, String stored) {
		try {
			byte[] bytes = Base64.getDecoder().decode(stored);
			byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
			byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
			return Optional.of(this.json.readValue(crypt(Cipher.DECRYPT_MODE, fingerprint, nonce, ciphertext),
					SubmissionReceipt.class));
		}
		catch (RuntimeException ex) {
			log.warn("A remembered receipt did not open ({}): the repeated submission is taken as a new one",
					ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private static byte[] crypt(int mode, Fingerprint fingerprint, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(fingerprint.receiptKey(), "AES"), new GCMParameterSpec(128, nonce));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"A remembered receipt could not be " + ((mode == Cipher.ENCRYPT_MODE) ? "encrypted" : "decrypted"),
					ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an identical submission", ex);
		}
	}

	/**
	 * @param key the Redis key (a keyed hash of the submission)
	 * @param receiptKey the AES-256 key of its receipt (another keyed hash of it)
	 */
	record Fingerprint(String key, byte[] receiptKey) {

		@Override
		public String toString() {
			return "Fingerprint[" + this.key + "]";
		}

	}

}
