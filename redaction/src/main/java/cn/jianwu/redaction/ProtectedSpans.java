package cn.jianwu.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a text that no redaction may touch: a candidate that overlaps one of them is
 * dropped.
 * <ul>
 * <li>Case numbers such as 晋检刑诉受〔2017〕35010300001号 or （2023）晋0105刑初123号: their long
 * serials look like phone or account numbers, and the rule keeps case numbers.</li>
 * <li>Money amounts (人民币12345678.00元, 12,345元, 1.5万元): an amount is never an identifier,
 * however many digits it has.</li>
 * <li>Lawyers' licence numbers and organisations' unified social credit codes: the rule
 * keeps lawyers' licence numbers, and a 17/18-digit code can pass the Luhn check by
 * chance.</li>
 * </ul>
 * Markup is not among them: the scanner reads the reader's text ({@link HtmlText}), in
 * which there is none.
 */
final class ProtectedSpans {

	// A year in brackets ((), 〔〕, [], 【】, 〈〉; full-width forms are folded already),
	// then a short code of Han characters, letters and digits, then 号.
	private static final Pattern CASE_NUMBER = Pattern
		.compile("[(\\[〔【〈]\\s?(?:19|20)[0-9]{2}\\s?[)\\]〕】〉][\\p{IsHan}A-Za-z0-9-]{1,40}?号");

	private static final Pattern MONEY = Pattern.compile("(?:人民币|[¥￥$])?\\s?(?<![0-9.,])"
			+ "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?\\s?(?:[万亿]|万亿)?(?:余|多)?(?:元|美元|港元|欧元)"
			+ "|(?:人民币|[¥￥$])\\s?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

	private static final Pattern LICENCE_OR_CREDIT_CODE = Pattern
		.compile("(?:执业证|律师证|执业证书)(?:号码|编号|号)?[:\\s]{0,3}[0-9]{10,20}" + "|(?:统一社会信用代码|信用代码)[:\\s]{0,3}[0-9A-Z]{18}");

	private static final List<Pattern> CONTENT = List.of(CASE_NUMBER, MONEY, LICENCE_OR_CREDIT_CODE);

	private ProtectedSpans() {
	}

	/**
	 * @param folded the folded text
	 * @return the protected spans
	 */
	static Spans in(String folded) {
		Spans spans = new Spans();
		for (Pattern pattern : CONTENT) {
			addAll(spans, pattern.matcher(folded));
		}
		return spans;
	}

	private static void addAll(Spans spans, Matcher matcher) {
		while (matcher.find()) {
			if (matcher.end() > matcher.start()) {
				spans.add(matcher.start(), matcher.end());
			}
		}
	}

}
