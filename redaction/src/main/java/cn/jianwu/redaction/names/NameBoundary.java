package cn.jianwu.redaction.names;

/**
 * Where a Han name that starts at a known position ends: a surname (one or two
 * characters) and a given name of one or two characters. The second given character is
 * taken when HanLP's name corpus has seen it end given names more often than it has seen
 * it around names, and the segmentation does not start an ordinary word there (李娜证实 stays
 * 李娜). {@code -1} when no name can start there.
 */
final class NameBoundary {

	private NameBoundary() {
	}

	static int end(String text, Segmentation segmentation, int start) {
		int surname = surnameLength(text, start);
		if (surname == 0) {
			return -1;
		}
		int first = start + surname;
		if (!isHan(text, first) || text.charAt(first) == '某' || !NameRoles.opensGivenName(text.charAt(first))
				|| segmentation.wordStartsAt(first) && segmentation.startingAt(first).word.length() > 2) {
			return -1;
		}
		int second = first + 1;
		if (isHan(text, second) && text.charAt(second) != '某' && NameRoles.endsGivenName(text.charAt(second))
				&& !segmentation.wordStartsAt(second)) {
			return second + 1;
		}
		return second;
	}

	static int surnameLength(String text, int start) {
		int surname = Surnames.surnameLength(text, start);
		if (surname == 0 && start < text.length() && NameRoles.isSurname(text.charAt(start))) {
			return 1;
		}
		return surname;
	}

	static boolean isHan(String text, int at) {
		return at < text.length() && Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN;
	}

}
