package cn.jianwu.redaction.minors;

import java.util.Objects;

/**
 * A passage suggesting that a minor is involved, so that the clerk must decide on the
 * {@code MINOR_INVOLVED} exemption before the item can be published. Offsets are UTF-16
 * indexes into the text that was examined, as for {@link cn.jianwu.redaction.Redaction},
 * so that the passage can be highlighted.
 *
 * @param kind what was noticed
 * @param start first index (inclusive) in the text
 * @param end last index (exclusive) in the text
 * @param reason why it is a hint, in Chinese, for the clerk; it never repeats a name, an
 * ID number, a birth date or an age, so it may be logged and stored
 */
public record MinorHint(MinorHintKind kind, int start, int end, String reason) {

	public MinorHint {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Hint span [" + start + ", " + end + ") is empty or negative");
		}
	}

}
