package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the redactions the clerk accepted. The clerk works on the scanner's proposals:
 * drops the ones that are wrong and adds the ones it missed; whatever list comes back is
 * applied here, and only if it still fits the text it was made for.
 */
public final class Redactor {

	private Redactor() {
	}

	/**
	 * Returns the redacted text.
	 * @param text the original text the redactions were made for
	 * @param accepted the redactions to apply, in any order
	 * @return the text with every accepted redaction applied
	 * @throws IllegalArgumentException if a redaction lies outside the text, no longer
	 * matches it (the text was edited after the preview), or overlaps another one
	 */
	public static String apply(String text, List<Redaction> accepted) {
		List<Redaction> ordered = new ArrayList<>(accepted);
		ordered.sort(Comparator.comparingInt(Redaction::start));
		int previousEnd = 0;
		for (Redaction redaction : ordered) {
			// Messages give offsets only: the texts are personal data.
			if (redaction.end() > text.length()) {
				throw new IllegalArgumentException("Redaction [" + redaction.start() + ", " + redaction.end()
						+ ") lies beyond the end of the text (" + text.length() + ")");
			}
			if (!text.regionMatches(redaction.start(), redaction.original(), 0, redaction.original().length())) {
				throw new IllegalArgumentException("Redaction [" + redaction.start() + ", " + redaction.end()
						+ ") no longer matches the text; scan the current text again");
			}
			if (redaction.start() < previousEnd) {
				throw new IllegalArgumentException(
						"Redaction [" + redaction.start() + ", " + redaction.end() + ") overlaps the previous one");
			}
			previousEnd = redaction.end();
		}
		// From the end backwards, so that the offsets of the ones still to come stay
		// valid.
		StringBuilder redacted = new StringBuilder(text);
		for (int i = ordered.size() - 1; i >= 0; i--) {
			Redaction redaction = ordered.get(i);
			redacted.replace(redaction.start(), redaction.end(), redaction.replacement());
		}
		return redacted.toString();
	}

}
