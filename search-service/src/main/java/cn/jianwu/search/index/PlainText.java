package cn.jianwu.search.index;

import cn.jianwu.redaction.HtmlText;

/**
 * The text of a published body, which is HTML: tags and entities would otherwise be
 * indexed as words and come back escaped in highlights. It is the reader's text the
 * privacy gate checked, paragraph by paragraph, as every other channel shows it.
 */
final class PlainText {

	private PlainText() {
	}

	static String of(String html) {
		if (html == null || html.isBlank()) {
			return html;
		}
		return String.join("\n", HtmlText.parse(html).paragraphs());
	}

}
