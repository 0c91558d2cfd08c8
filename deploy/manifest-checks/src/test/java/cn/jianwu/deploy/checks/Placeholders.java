package cn.jianwu.deploy.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment variables a Spring configuration file reads: every
 * {@code ${NAME:default}} whose name is written like a variable, nested defaults
 * ({@code ${A:${B:x}}}) included.
 */
final class Placeholders {

	private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private Placeholders() {
	}

	/**
	 * @return each variable with its default text ({@code null} when it has none)
	 */
	static Map<String, String> in(String text) {
		Map<String, String> found = new LinkedHashMap<>();
		int start = text.indexOf("${");
		while (start >= 0) {
			int end = closingBrace(text, start + 2);
			if (end < 0) {
				break;
			}
			String body = text.substring(start + 2, end);
			int colon = body.indexOf(':');
			String name = (colon >= 0) ? body.substring(0, colon) : body;
			if (VARIABLE.matcher(name).matches()) {
				found.putIfAbsent(name, (colon >= 0) ? body.substring(colon + 1) : null);
			}
			// Continue inside the body too: a nested default names a variable of its own.
			start = text.indexOf("${", start + 2);
		}
		return found;
	}

	private static int closingBrace(String text, int from) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

}
