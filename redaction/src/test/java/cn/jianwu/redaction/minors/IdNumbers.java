package cn.jianwu.redaction.minors;

/**
 * Builds fictional resident ID numbers with the check digit of GB 11643-1999 (ISO 7064
 * MOD 11-2), so that the scanner recognises them.
 */
final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdNumbers() {
	}

	/**
	 * @param area six digits
	 * @param yyyymmdd the birth date
	 * @param sequence three digits
	 * @return the 18-character number
	 */
	static String id(String area, String yyyymmdd, String sequence) {
		String first17 = area + yyyymmdd + sequence;
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK[sum % 11];
	}

}
