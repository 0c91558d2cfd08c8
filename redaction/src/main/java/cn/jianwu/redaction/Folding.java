package cn.jianwu.redaction;

/**
 * Folds the full-width forms that Chinese documents mix freely with ASCII (１３８, ＡＢ, （）,
 * ＠, －), the many spaces and dashes of word processors, and the several middle dots of
 * transliterated names to one spelling. Every character maps to exactly one character, so
 * an index into the folded text is the same index into the original: matching happens on
 * the folded text, while offsets and the reported originals refer to the original.
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
			// Ideographic, no-break and fixed-width spaces group digits like a space.
			case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
					'\u200A', '\u202F', '\u205F' ->
				' ';
			// Hyphens and dashes a word processor substitutes for the minus sign.
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> '-';
			case '\u2022', '\u2027', '\u30FB', '\uFF65', '\u2219' -> NAME_DOT;
			default -> c;
		};
	}

}
