package cn.jianwu.portal.hall;

import java.util.Arrays;
import java.util.List;

/**
 * Text people wrote (a message, an answer, a call) as the pages show it: paragraphs
 * separated by blank lines, each shown as an escaped paragraph element whose line breaks
 * the style sheet keeps. Nothing written ever becomes markup. The templates reach it as
 * {@code plainText}.
 */
public final class PlainText {

	/** The one instance the templates call. */
	public static final PlainText INSTANCE = new PlainText();

	private PlainText() {
	}

	/**
	 * @param text plain text, or {@code null}
	 * @return its paragraphs, stripped, without empty ones
	 */
	public List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u3000]*\n"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toList();
	}

}
