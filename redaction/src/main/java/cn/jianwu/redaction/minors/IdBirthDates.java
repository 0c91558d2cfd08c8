package cn.jianwu.redaction.minors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import cn.jianwu.redaction.Folding;

/**
 * Reads the birth date out of an ID number as the scanner reported it. Which spellings
 * count as an ID number (groups, dashes, dots, a wrong check digit) is the scanner's
 * business; here only the digits matter, so any separator is skipped and only a final X
 * is kept. The 18-character form carries YYYYMMDD at positions 7–14, the 15-digit legacy
 * form YYMMDD of the 1900s at positions 7–12.
 */
final class IdBirthDates {

	private IdBirthDates() {
	}

	/**
	 * @param reported the ID number exactly as it stands in the text
	 * @return the birth date, or empty when the digits do not form an 18- or 15-character
	 * number with a real date
	 */
	static Optional<LocalDate> of(String reported) {
		String compact = compact(reported);
		if (compact.length() == 18) {
			return date(compact.substring(6, 14));
		}
		if (compact.length() == 15 && compact.indexOf('X') < 0) {
			return date("19" + compact.substring(6, 12));
		}
		return Optional.empty();
	}

	// Folded first, as the scanner reads it: full-width digits and X count as digits
	// and X.
	private static String compact(String reported) {
		String folded = Folding.fold(reported);
		StringBuilder compact = new StringBuilder(18);
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= '0' && c <= '9') {
				compact.append(c);
			}
			else if ((c == 'X' || c == 'x') && compact.length() == 17 && onlySeparatorsAfter(folded, i + 1)) {
				compact.append('X');
			}
		}
		return compact.toString();
	}

	private static boolean onlySeparatorsAfter(String reported, int from) {
		for (int i = from; i < reported.length(); i++) {
			if (Character.isLetterOrDigit(reported.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static Optional<LocalDate> date(String yyyymmdd) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
