package cn.jianwu.redaction;

/**
 * The text the rules match against: the reader's text without the characters a reader
 * never sees (zero-width spaces and joiners, word joiners, byte-order marks, soft
 * hyphens), folded to one spelling ({@link Folding}). A Word paste or a hostile author
 * can put such a character inside an identifier ({@code 1380\u200B0138000}); removed
 * here, it cannot split a match. Every index of the scanning text maps back to the index
 * of the character it came from, so a match is reported on the text the reader has.
 */
final class ScanText {

	private final String original;

	private final String folded;

	private final int[] origin;

	private ScanText(String original, String folded, int[] origin) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
	}

	static ScanText of(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		int[] origin = new int[text.length()];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isInvisible(c)) {
				origin[kept.length()] = i;
				kept.append(Folding.fold(c));
			}
		}
		int[] trimmed = new int[kept.length()];
		System.arraycopy(origin, 0, trimmed, 0, kept.length());
		return new ScanText(text, kept.toString(), trimmed);
	}

	/**
	 * Characters that take no room on a page. Visible separators (spaces, dashes, dots)
	 * are not removed here: the identifier rules decide where they may group digits.
	 */
	static boolean isInvisible(char c) {
		return switch (c) {
			case '\u00AD', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062',
					'\u2063', '\u2064', '\uFEFF' ->
				true;
			default -> false;
		};
	}

	String folded() {
		return this.folded;
	}

	String original() {
		return this.original;
	}

	/** The first index in the original text of the match starting at {@code start}. */
	int originalStart(int start) {
		return this.origin[start];
	}

	/**
	 * The end (exclusive) in the original text of the match ending at {@code end}:
	 * invisible characters after its last character stay outside it.
	 */
	int originalEnd(int end) {
		return this.origin[end - 1] + 1;
	}

}
