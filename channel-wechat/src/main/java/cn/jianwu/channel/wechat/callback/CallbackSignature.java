package cn.jianwu.channel.wechat.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * WeChat's signature: the parts sorted, concatenated, SHA-1 in hex. Over
 * {@code token, timestamp, nonce} for {@code signature}, plus the ciphertext for safe
 * mode's {@code msg_signature}.
 */
final class CallbackSignature {

	private CallbackSignature() {
	}

	static String of(String... parts) {
		String[] sorted = parts.clone();
		Arrays.sort(sorted);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1")
				.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Compares in constant time, so the answer's timing tells nothing about the
	 * signature.
	 */
	static boolean matches(String given, String... parts) {
		if (given == null || Arrays.stream(parts).anyMatch((part) -> part == null)) {
			return false;
		}
		byte[] expected = of(parts).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

}
