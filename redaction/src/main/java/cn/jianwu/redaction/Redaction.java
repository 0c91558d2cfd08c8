package cn.jianwu.redaction;

import java.util.Objects;

/**
 * One proposed (or, once the clerk accepted it, confirmed) replacement of
 * {@code original} by {@code replacement} at {@code [start, end)} of the original text.
 * Offsets are UTF-16 indexes into the text that was scanned, so that a redaction can be
 * shown, dropped or added by the clerk and applied later by {@link Redactor}.
 *
 * @param kind what is hidden
 * @param original the text that is replaced, exactly as it stands in the original
 * @param replacement what the reader sees instead
 * @param start first index (inclusive) in the original text
 * @param end last index (exclusive) in the original text
 * @param reason why it is hidden, in Chinese, for the clerk
 */
public record Redaction(RedactionKind kind, String original, String replacement, int start, int end, String reason) {

	/** The character a deleted identifier is crossed out with (法释〔2016〕19号: "以×代替"). */
	public static final String CROSS = "×";

	public Redaction {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(replacement, "replacement");
		Objects.requireNonNull(reason, "reason");
		// Messages name offsets only: the original is personal data and must not reach a
		// log.
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Redaction span [" + start + ", " + end + ") is empty or negative");
		}
		if (original.length() != end - start) {
			throw new IllegalArgumentException(
					"Redaction span [" + start + ", " + end + ") does not have the length of its original text");
		}
	}

	/**
	 * A deletion: the original is crossed out by as many × as it has characters, so the
	 * reader sees that something was removed and the sentence keeps its shape. Use it
	 * when the clerk adds a redaction the scanner did not propose.
	 * @param kind what is hidden
	 * @param original the text to delete
	 * @param start its first index in the original text
	 * @param reason why, in Chinese
	 * @return the redaction
	 */
	public static Redaction crossedOut(RedactionKind kind, String original, int start, String reason) {
		return new Redaction(kind, original, crosses(original), start, start + original.length(), reason);
	}

	/**
	 * The same redaction in a text that starts {@code offset} characters later (or
	 * earlier, when negative): for a part cut out of a longer text.
	 * @param offset how far the offsets move
	 * @return the moved redaction
	 */
	public Redaction movedBy(int offset) {
		return new Redaction(this.kind, this.original, this.replacement, this.start + offset, this.end + offset,
				this.reason);
	}

	static String crosses(String original) {
		return CROSS.repeat(original.codePointCount(0, original.length()));
	}

}
