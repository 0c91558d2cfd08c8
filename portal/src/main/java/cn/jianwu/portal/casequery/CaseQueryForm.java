package cn.jianwu.portal.casequery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A public query as typed: the 12-digit query code and the last four characters of the ID
 * number (digits, the last possibly X). Spaces and dashes people type between groups are
 * dropped.
 *
 * @param queryCode the code, digits only, or what was typed when it is not valid
 * @param idLast4 the four characters, X in upper case
 * @param errors field name → what is wrong, in Chinese; empty when the form can be sent
 */
public record CaseQueryForm(String queryCode, String idLast4, Map<String, String> errors) {

	private static final Pattern CODE = Pattern.compile("[0-9]{12}");

	private static final Pattern LAST4 = Pattern.compile("[0-9]{3}[0-9X]");

	public static CaseQueryForm of(String queryCode, String idLast4) {
		String code = (queryCode != null) ? queryCode.replaceAll("[\\s\\-\\u3000]", "") : "";
		String last4 = (idLast4 != null) ? idLast4.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT) : "";
		Map<String, String> errors = new LinkedHashMap<>();
		if (!CODE.matcher(code).matches()) {
			errors.put("queryCode", code.isEmpty() ? "请输入查询码。" : "查询码应为12位数字。");
		}
		if (!LAST4.matcher(last4).matches()) {
			errors.put("idLast4", last4.isEmpty() ? "请输入身份证号码后四位。" : "身份证号码后四位应为4位数字（最后一位可以是X）。");
		}
		return new CaseQueryForm(code, last4, Collections.unmodifiableMap(errors));
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
