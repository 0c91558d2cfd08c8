package cn.jianwu.hall.handling;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the identifiers found in a message back in its text for the staff who handle it.
 * At submission each identifier was replaced by a placeholder such as 〔已隐去的身份证号码〕 and
 * kept, in the order it appeared, in the writer's sealed details.
 */
final class IdentifierPlaceholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("〔已隐去的[^〔〕\\n]{1,20}〕");

	private IdentifierPlaceholders() {
	}

	/**
	 * The text with the n-th placeholder replaced by the n-th identifier; placeholders
	 * without an identifier (the writer typed one) stay as they are.
	 */
	static String restore(String body, List<String> identifiers) {
		if (identifiers.isEmpty()) {
			return body;
		}
		Matcher matcher = PLACEHOLDER.matcher(body);
		StringBuilder restored = new StringBuilder(body.length());
		int next = 0;
		while (matcher.find()) {
			String replacement = (next < identifiers.size()) ? identifiers.get(next++) : matcher.group();
			matcher.appendReplacement(restored, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(restored);
		return restored.toString();
	}

}
