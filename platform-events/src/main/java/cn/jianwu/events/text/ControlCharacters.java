package cn.jianwu.events.text;

/**
 * Which characters the platform refuses in text it is sent. NUL is refused because
 * PostgreSQL cannot store it in {@code text}; the other C0 and C1 controls because no
 * form can type them and they hide text in pages and logs. Tab, line feed and carriage
 * return stay allowed where a text may span lines (item bodies, comments).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Whether the text has a control character other than tab, line feed or carriage
	 * return.
	 */
	public static boolean inText(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/** Whether the text has any control character, line breaks and tabs included. */
	public static boolean inLine(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isISOControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
