package cn.jianwu.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of an address part as UTF-8. Servlet containers and Spring
 * either replace bytes that are not UTF-8 with U+FFFD or fail deep inside parameter
 * parsing; this says up front that the address is malformed.
 */
final class PercentDecoding {

	private PercentDecoding() {
	}

	/**
	 * Decodes {@code %XX} escapes (and {@code +} as a space where {@code plusIsSpace}).
	 * @throws IllegalArgumentException for a broken escape or bytes that are not UTF-8
	 */
	static String decode(String raw, boolean plusIsSpace) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					throw new IllegalArgumentException("Truncated percent escape");
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw new IllegalArgumentException("Invalid percent escape");
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c == '+' && plusIsSpace) {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not UTF-8", ex);
		}
	}

}
