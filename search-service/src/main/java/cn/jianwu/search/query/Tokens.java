package cn.jianwu.search.query;

/**
 * How many tokens the standard tokenizer makes of a word, closely enough to tell whether
 * it has character pairs: every Han character is a token, and so is every run of other
 * letters or digits.
 */
final class Tokens {

	private Tokens() {
	}

	static int count(String word) {
		int count = 0;
		boolean inRun = false;
		for (int i = 0; i < word.length();) {
			int c = word.codePointAt(i);
			i += Character.charCount(c);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				count++;
				inRun = false;
			}
			else if (Character.isLetterOrDigit(c)) {
				if (!inRun) {
					count++;
				}
				inRun = true;
			}
			else {
				inRun = false;
			}
		}
		return count;
	}

}
