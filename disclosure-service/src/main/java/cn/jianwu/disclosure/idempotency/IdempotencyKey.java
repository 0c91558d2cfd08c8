package cn.jianwu.disclosure.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import cn.jianwu.disclosure.problem.DisclosureException;

import org.springframework.http.HttpStatus;

/**
 * The pure rules of the {@code Idempotency-Key} header: what a key may look like, and the
 * fingerprint that tells a retry of a request from a different request reusing its key.
 */
public final class IdempotencyKey {

	/** The header's name (IETF draft "The Idempotency-Key HTTP Header Field"). */
	public static final String HEADER = "Idempotency-Key";

	/** Visible ASCII, as a UUID or any client-made token is; short enough to index. */
	private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,100}");

	private IdempotencyKey() {
	}

	/** The key, or a 400 Problem when it is not one. */
	static String checked(String key) {
		if (!WELL_FORMED.matcher(key).matches()) {
			throw DisclosureException.invalid("Idempotency-Key 应为1到100个可见ASCII字符（建议使用UUID）。");
		}
		return key;
	}

	/**
	 * The request as far as a retry must repeat it: the endpoint and the body. Hashed,
	 * because the body holds unpublished text that has no business in a second table.
	 */
	static String fingerprint(String endpoint, String body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(endpoint.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(body).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The 422 Problem of a key reused for a different request. */
	static DisclosureException reused() {
		return new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "幂等键已用于其他请求",
				"此 Idempotency-Key 已用于内容不同的请求。重试时请原样重发；新的请求请使用新的键。");
	}

}
