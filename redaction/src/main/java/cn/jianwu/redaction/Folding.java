package cn.jianwu.redaction;

/**
 * Folds the full-width forms that Chinese documents mix freely with ASCII (１３８, ＡＢ, （）,
 * ＠, －) and the several middle dots of transliterated names to one spelling. Every
 * character maps to exactly one character, so an index into the folded text is the same
 * index into the original: matching happens on the folded text, while offsets and the
 * reported originals refer to the original.
 * <p>
 * Public because the name finder ({@code names}) matches on the same folded text.
 */
public final class Folding {

	/** The one middle dot that transliterated names are folded to. */
	public static final char NAME_DOT = '\u00B7';

	private Folding() {
	}

	/**
	 * @param text any text
	 * @return the text with the same length, full-width forms and middle dots folded
	 */
	public static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return new String(chars);
	}

	static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '\u3000' -> ' ';
			case '\u2022', '\u2027', '\u30FB', '\uFF65', '\u2219' -> NAME_DOT;
			default -> c;
		};
	}

}
