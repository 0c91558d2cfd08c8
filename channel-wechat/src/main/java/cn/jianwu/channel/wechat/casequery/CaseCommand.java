package cn.jianwu.channel.wechat.casequery;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a follower's text asks for. Full-width digits, letters and spaces (a Chinese input
 * method's) count as their ASCII forms, and any run of spaces, commas or colons separates
 * the parts: {@code 查询：１２３４…　１２３Ｘ} is a query.
 *
 * @param kind what is asked
 * @param queryCode the 12-digit code, for a query or a binding
 * @param idLast4 the last four of the ID number, for a query or a binding
 */
record CaseCommand(Kind kind, String queryCode, String idLast4) {

	private static final Pattern WITH_CREDENTIAL = Pattern.compile("^(查询|查詢|绑定|綁定)\\s*(\\d{12})\\s+(\\d{3}[\\dX])$");

	private static final Pattern VERB_ONLY = Pattern.compile("^(查询|查詢|绑定|綁定).*", Pattern.DOTALL);

	/** 15 or 18 characters of an ID number anywhere in the text. */
	private static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<!\\d)(\\d{17}[\\dX]|\\d{15})(?![\\dX])");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，:：;；、]+");

	@Override
	public String toString() {
		// the code and the digits are a credential: never in a log line
		return "CaseCommand[" + this.kind + "]";
	}

	static CaseCommand parse(String text) {
		if (text == null) {
			return new CaseCommand(Kind.WELCOME, null, null);
		}
		String normal = SEPARATORS
			.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).strip())
			.replaceAll(" ");
		if (FULL_ID_NUMBER.matcher(normal).find()) {
			return new CaseCommand(Kind.FULL_ID_NUMBER, null, null);
		}
		if (normal.equals("解绑") || normal.equals("解除绑定") || normal.equals("解綁")) {
			return new CaseCommand(Kind.UNBIND, null, null);
		}
		Matcher matcher = WITH_CREDENTIAL.matcher(normal);
		if (matcher.matches()) {
			Kind kind = matcher.group(1).startsWith("查") ? Kind.QUERY : Kind.BIND;
			return new CaseCommand(kind, matcher.group(2), matcher.group(3));
		}
		if (VERB_ONLY.matcher(normal).matches()) {
			Kind kind = normal.startsWith("查") ? Kind.MALFORMED_QUERY : Kind.MALFORMED_BIND;
			return new CaseCommand(kind, null, null);
		}
		return new CaseCommand(Kind.OTHER, null, null);
	}

	enum Kind {

		/** {@code 查询 <code> <last4>} */
		QUERY,
		/** {@code 绑定 <code> <last4>} */
		BIND,
		/** {@code 解绑} */
		UNBIND,
		/** 查询 without a well-formed code and digits */
		MALFORMED_QUERY,
		/** 绑定 without a well-formed code and digits */
		MALFORMED_BIND,
		/** a whole ID number was sent: answered with a warning, never passed on */
		FULL_ID_NUMBER,
		/** the user has just followed the account */
		WELCOME,
		/** anything else */
		OTHER

	}

}
