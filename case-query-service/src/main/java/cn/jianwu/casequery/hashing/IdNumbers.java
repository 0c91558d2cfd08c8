package cn.jianwu.casequery.hashing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character (a digit
 * or X) computed with the ISO 7064 MOD 11-2 weights. Only their keyed hash and their last
 * four characters are kept.
 */
public final class IdNumbers {

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");

	private static final Pattern LAST4 = Pattern.compile("\\d{3}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = "10X98765432".toCharArray();

	private IdNumbers() {
	}

	/** Upper case, without blanks. */
	public static String normalise(String idNumber) {
		return (idNumber != null) ? idNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT) : null;
	}

	/** Whether a normalised number is a well-formed resident ID number. */
	public static boolean isValid(String normalised) {
		if (normalised == null || !FORMAT.matcher(normalised).matches()) {
			return false;
		}
		return checkCharacter(normalised.substring(0, 17)) == normalised.charAt(17);
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public static String last4(String normalised) {
		return normalised.substring(normalised.length() - 4);
	}

	/** Whether four characters can be the end of an ID number (X only last). */
	public static boolean isLast4(String value) {
		return value != null && LAST4.matcher(value).matches();
	}

}
