package cn.jianwu.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Recognises resident ID numbers (公民身份号码). An 18-digit number counts only if its check
 * digit is right (GB 11643-1999, ISO 7064 MOD 11-2) and it carries a real birth date
 * between 1900 and today, so that the many other 18-digit numbers in a document (serials,
 * accounts) are not mistaken for one. The 15-digit numbers issued before 1999 have no
 * check digit; they need a real date (19YYMMDD) and an area code that does not start with
 * 0 or 9. A number with a real province code and birth date but a wrong check digit is
 * still treated as an ID number ({@link #isPlausible18}).
 */
final class ResidentIdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/**
	 * The province-level codes of GB/T 2260 that open an ID number (83 for the residence
	 * permits of Taiwan residents).
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private ResidentIdNumbers() {
	}

	/**
	 * @param candidate 18 characters: 17 digits and a digit or X/x
	 * @param today the latest plausible birth date
	 * @return whether it is a valid resident ID number
	 */
	static boolean isValid18(String candidate, LocalDate today) {
		if (candidate.length() != 18 || !allDigits(candidate, 0, 17)) {
			return false;
		}
		char check = Character.toUpperCase(candidate.charAt(17));
		return check == checkCharacter(candidate) && areaLooksReal(candidate)
				&& plausibleBirth(candidate.substring(6, 14), today);
	}

	/**
	 * An ID number mistyped in its last character is still somebody's ID number: what
	 * identifies the person is the region, the birth date and the sequence, not the check
	 * digit. It counts when its province code is real and its birth date plausible.
	 * @param candidate 18 characters: 17 digits and a digit or X/x
	 * @param today the latest plausible birth date
	 * @return whether it is an ID number, its check digit aside
	 */
	static boolean isPlausible18(String candidate, LocalDate today) {
		if (candidate.length() != 18 || !allDigits(candidate, 0, 17)) {
			return false;
		}
		char check = Character.toUpperCase(candidate.charAt(17));
		return (check == 'X' || (check >= '0' && check <= '9')) && PROVINCES.contains(candidate.substring(0, 2))
				&& plausibleBirth(candidate.substring(6, 14), today);
	}

	/**
	 * @param candidate 15 digits
	 * @param today the latest plausible birth date
	 * @return whether it is a plausible legacy (first-generation) ID number
	 */
	static boolean isValid15(String candidate, LocalDate today) {
		return candidate.length() == 15 && allDigits(candidate, 0, 15) && areaLooksReal(candidate)
				&& plausibleBirth("19" + candidate.substring(6, 12), today);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS[sum % 11];
	}

	// Province codes run from 11 (Beijing) to 82 (Macao); 9 is not an area of residence.
	private static boolean areaLooksReal(String candidate) {
		char first = candidate.charAt(0);
		return first >= '1' && first <= '8';
	}

	private static boolean plausibleBirth(String yyyymmdd, LocalDate today) {
		int year = Integer.parseInt(yyyymmdd.substring(0, 4));
		int month = Integer.parseInt(yyyymmdd.substring(4, 6));
		int day = Integer.parseInt(yyyymmdd.substring(6, 8));
		if (year < 1900 || year > today.getYear()) {
			return false;
		}
		try {
			return !LocalDate.of(year, month, day).isAfter(today);
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static boolean allDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
