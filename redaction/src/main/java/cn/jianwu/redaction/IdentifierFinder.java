package cn.jianwu.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the identifiers the rule orders deleted: resident ID numbers, phone numbers, bank
 * cards and accounts, e-mail addresses and licence plates. Works on the folded text.
 * <p>
 * Every pattern is anchored on "digit boundaries": no ASCII letter or digit may stand
 * right before or after a match, so that a number is never cut out of a longer run of
 * digits (a serial, a case number, an account). The anchors also keep the patterns linear
 * on long texts: a match can only start at the beginning of a run.
 */
final class IdentifierFinder {

	private static final String BEFORE = "(?<![0-9A-Za-z])";

	private static final String AFTER = "(?![0-9A-Za-z])";

	/**
	 * 15 to 19 digits in one piece, possibly with the check character X of an ID number.
	 */
	private static final Pattern DIGIT_RUN = Pattern.compile(BEFORE + "[0-9]{15,19}[Xx]?" + AFTER);

	/** A card written in groups of four: 6217 0012 3456 7890 122. */
	private static final Pattern GROUPED_CARD = Pattern
		.compile(BEFORE + "[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?" + AFTER);

	/**
	 * A number announced as an account (账号、卡号、账户): such numbers are deleted even without
	 * a Luhn check digit, because corporate and savings accounts often have none.
	 */
	private static final Pattern ANNOUNCED_ACCOUNT = Pattern
		.compile("(?:银行卡|卡号|账号|帐号|账户|帐户)[^0-9\\n。;]{0,12}?" + BEFORE + "([0-9](?:[ -]?[0-9]){9,29})" + AFTER);

	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9A-Za-z+])(?:(?:\\+|00)?86[ .-]?)?1[3-9][0-9](?:[ .-]?[0-9]{4}){2}" + AFTER);

	/**
	 * Digits written in groups, as ID numbers are on forms and in Word pastes (110105
	 * 19491231 002X, 110105-19491231-002X, 138.0013.8000): groups of digits separated by
	 * up to three spaces, dashes or dots, the last one possibly ending in X.
	 */
	private static final Pattern GROUPED_DIGITS = Pattern
		.compile(BEFORE + "[0-9]+(?:[ .-]{1,3}[0-9]+)+(?:[ .-]{0,3}[Xx])?" + AFTER);

	private static final Pattern GROUP = Pattern.compile("[0-9]+(?:[ .-]{0,3}[Xx])?");

	/**
	 * Area code (010, 02x, 0xxx), optionally in brackets, a local number, an extension.
	 */
	private static final Pattern LANDLINE = Pattern.compile(
			BEFORE + "(?:\\((?:010|02[0-9]|0[3-9][0-9]{2})\\) ?|(?:010|02[0-9]|0[3-9][0-9]{2})[ -]?)[2-9][0-9]{6,7}"
					+ "(?:(?:转|-|ext\\.? ?|分机)[0-9]{1,6})?" + AFTER);

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])");

	/**
	 * Province, issuing-office letter (never I or O), an optional dot or space, then five
	 * characters (six for new-energy vehicles), or four and a suffix such as 挂 or 学.
	 */
	private static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][· ]?"
			+ "([A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])" + AFTER);

	private final LocalDate today;

	IdentifierFinder(LocalDate today) {
		this.today = today;
	}

	List<Candidate> find(String folded) {
		List<Candidate> found = new ArrayList<>();
		digitRuns(folded, found);
		groupedDigits(folded, found);
		groupedCards(folded, found);
		announcedAccounts(folded, found);
		simple(folded, MOBILE, RedactionKind.PHONE, "手机号码", found);
		simple(folded, LANDLINE, RedactionKind.PHONE, "固定电话号码", found);
		simple(folded, EMAIL, RedactionKind.EMAIL, "电子邮箱地址", found);
		plates(folded, found);
		return found;
	}

	private void digitRuns(String folded, List<Candidate> found) {
		Matcher matcher = DIGIT_RUN.matcher(folded);
		while (matcher.find()) {
			String run = matcher.group();
			if (run.length() == 18 && ResidentIdNumbers.isValid18(run, this.today)) {
				found.add(Candidate.deletion(RedactionKind.ID_NUMBER, folded, matcher.start(), matcher.end(),
						"公民身份号码（校验位有效）"));
			}
			else if (run.length() == 18 && ResidentIdNumbers.isPlausible18(run, this.today)) {
				found.add(Candidate.deletion(RedactionKind.ID_NUMBER, folded, matcher.start(), matcher.end(),
						"公民身份号码（校验位不符，但地区码和出生日期有效）"));
			}
			else if (run.length() == 15 && ResidentIdNumbers.isValid15(run, this.today)) {
				found.add(Candidate.deletion(RedactionKind.ID_NUMBER, folded, matcher.start(), matcher.end(),
						"公民身份号码（15位旧号码，出生日期有效）"));
			}
			else if (run.length() >= 16 && Luhn.isValid(run)) {
				// An 18-digit number with a wrong check digit can still be a card.
				found.add(Candidate.deletion(RedactionKind.BANK_CARD, folded, matcher.start(), matcher.end(),
						"银行卡号（Luhn 校验有效）"));
			}
		}
	}

	/**
	 * ID and mobile numbers inside a run of digit groups: every stretch of consecutive
	 * groups whose digits make one is reported (an ID number takes 18 or 15, a mobile
	 * 11), earliest first, without overlaps. Stretches of one group are left to the
	 * patterns for unbroken numbers.
	 */
	private void groupedDigits(String folded, List<Candidate> found) {
		Matcher run = GROUPED_DIGITS.matcher(folded);
		while (run.find()) {
			List<int[]> groups = new ArrayList<>();
			Matcher group = GROUP.matcher(folded).region(run.start(), run.end());
			while (group.find()) {
				groups.add(new int[] { group.start(), group.end() });
			}
			int first = 0;
			while (first < groups.size()) {
				int last = groupedNumberEnd(folded, groups, first, found);
				first = (last >= 0) ? last + 1 : first + 1;
			}
		}
	}

	/**
	 * Reports the longest number that starts at group {@code first} (an ID number before
	 * the mobile number its first groups might also spell).
	 * @return its last group, or -1 when no number starts there
	 */
	private int groupedNumberEnd(String folded, List<int[]> groups, int first, List<Candidate> found) {
		StringBuilder digits = new StringBuilder();
		Candidate longest = null;
		int longestLast = -1;
		for (int last = first; last < groups.size() && digits.length() < 18; last++) {
			digits.append(folded.substring(groups.get(last)[0], groups.get(last)[1]).replaceAll("[ .-]", ""));
			Candidate number = (last > first)
					? groupedNumber(folded, digits.toString(), groups.get(first)[0], groups.get(last)[1]) : null;
			if (number != null) {
				longest = number;
				longestLast = last;
			}
		}
		if (longest != null) {
			found.add(longest);
		}
		return longestLast;
	}

	private Candidate groupedNumber(String folded, String number, int start, int end) {
		if (number.length() == 18 && (ResidentIdNumbers.isValid18(number, this.today)
				|| ResidentIdNumbers.isPlausible18(number, this.today))) {
			return Candidate.deletion(RedactionKind.ID_NUMBER, folded, start, end, "公民身份号码（分组书写）");
		}
		if (number.length() == 15 && ResidentIdNumbers.isValid15(number, this.today)) {
			return Candidate.deletion(RedactionKind.ID_NUMBER, folded, start, end, "公民身份号码（15位旧号码，分组书写）");
		}
		if (number.length() == 11 && number.charAt(0) == '1' && number.charAt(1) >= '3') {
			return Candidate.deletion(RedactionKind.PHONE, folded, start, end, "手机号码（分组书写）");
		}
		return null;
	}

	private static void groupedCards(String folded, List<Candidate> found) {
		Matcher matcher = GROUPED_CARD.matcher(folded);
		while (matcher.find()) {
			String digits = digitsOf(matcher.group());
			if (digits.length() >= 16 && digits.length() <= 19 && Luhn.isValid(digits)) {
				found.add(Candidate.deletion(RedactionKind.BANK_CARD, folded, matcher.start(), matcher.end(),
						"银行卡号（Luhn 校验有效）"));
			}
		}
	}

	private static void announcedAccounts(String folded, List<Candidate> found) {
		Matcher matcher = ANNOUNCED_ACCOUNT.matcher(folded);
		while (matcher.find()) {
			found.add(Candidate.deletion(RedactionKind.BANK_CARD, folded, matcher.start(1), matcher.end(1),
					"银行账号（前文标明为账号或卡号）"));
		}
	}

	private static void plates(String folded, List<Candidate> found) {
		Matcher matcher = PLATE.matcher(folded);
		while (matcher.find()) {
			if (plausiblePlate(matcher.group(1))) {
				found.add(Candidate.deletion(RedactionKind.LICENCE_PLATE, folded, matcher.start(), matcher.end(),
						"机动车号牌"));
			}
		}
	}

	// Plates carry at most two letters after the office letter, and a six-character
	// (new-energy) plate has D or F at its first or last place.
	private static boolean plausiblePlate(String tail) {
		int digits = 0;
		for (int i = 0; i < tail.length(); i++) {
			if (Character.isDigit(tail.charAt(i))) {
				digits++;
			}
		}
		if (tail.length() == 6) {
			char first = tail.charAt(0);
			char last = tail.charAt(5);
			return digits >= 4 && (first == 'D' || first == 'F' || last == 'D' || last == 'F');
		}
		return digits >= 3;
	}

	private static void simple(String folded, Pattern pattern, RedactionKind kind, String reason,
			List<Candidate> found) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			found.add(Candidate.deletion(kind, folded, matcher.start(), matcher.end(), reason));
		}
	}

	static String digitsOf(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

}
