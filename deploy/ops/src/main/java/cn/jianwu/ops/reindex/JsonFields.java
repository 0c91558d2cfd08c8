package cn.jianwu.ops.reindex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the few answers reindex reads (top-level string and number
 * fields), so that the tool needs no JSON library.
 */
final class JsonFields {

	private JsonFields() {
	}

	/**
	 * A top-level field of a JSON object.
	 * @return its value (a string unquoted and unescaped), or null when it is missing or
	 * {@code null}
	 */
	static String field(String json, String name) {
		Matcher matcher = Pattern
			.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\s]+)")
			.matcher(json);
		if (!matcher.find()) {
			return null;
		}
		String value = (matcher.group(2) != null) ? matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\")
				: matcher.group(1);
		return "null".equals(value) ? null : value;
	}

	/** A JSON string literal's content. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
