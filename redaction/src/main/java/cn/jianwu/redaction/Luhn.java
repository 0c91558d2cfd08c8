package cn.jianwu.redaction;

/**
 * The Luhn (mod 10) check that UnionPay, Visa and Mastercard card numbers carry. It is
 * what tells a bank card apart from any other long run of digits.
 */
final class Luhn {

	private Luhn() {
	}

	static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return false;
			}
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return !digits.isEmpty() && sum % 10 == 0;
	}

}
