package cn.jianwu.redaction.minors;

import java.util.OptionalInt;

/**
 * Reads the small whole numbers that ages are written with: Arabic digits (full-width
 * too, a fraction such as 1.5 counts by its whole years) and Chinese numerals (十六, 二十, 两,
 * 一百零二). Vague teens (十几, 十多, 十余) read as ten, their lower bound, which is enough to tell
 * them from adults.
 */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	/**
	 * @param numeral the numeral as matched
	 * @return its value, or empty when it is not a numeral this class reads
	 */
	static OptionalInt parse(String numeral) {
		if (numeral.isEmpty()) {
			return OptionalInt.empty();
		}
		if (Character.digit(numeral.charAt(0), 10) >= 0) {
			return arabic(numeral);
		}
		if (numeral.length() == 2 && numeral.charAt(0) == '十' && "几多余".indexOf(numeral.charAt(1)) >= 0) {
			return OptionalInt.of(10);
		}
		return chinese(numeral);
	}

	private static OptionalInt arabic(String numeral) {
		int value = 0;
		for (int i = 0; i < numeral.length(); i++) {
			int digit = Character.digit(numeral.charAt(i), 10);
			if (digit < 0) {
				break;
			}
			value = value * 10 + digit;
		}
		return OptionalInt.of(value);
	}

	private static OptionalInt chinese(String numeral) {
		int total = 0;
		int pending = -1;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int digit = (c == '〇') ? 0 : (c == '两') ? 2 : DIGITS.indexOf(c);
			if (digit >= 0) {
				pending = digit;
			}
			else if (c == '十' || c == '百') {
				int unit = (c == '十') ? 10 : 100;
				total += ((pending < 0) ? 1 : pending) * unit;
				pending = -1;
			}
			else {
				return OptionalInt.empty();
			}
		}
		return OptionalInt.of(total + Math.max(pending, 0));
	}

}
