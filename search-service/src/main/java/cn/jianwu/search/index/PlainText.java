package cn.jianwu.search.index;

import org.jsoup.Jsoup;

/**
 * The text of a published body, which is HTML: tags and entities would otherwise be
 * indexed as words and come back escaped in highlights.
 */
final class PlainText {

	private PlainText() {
	}

	static String of(String html) {
		if (html == null || html.isBlank()) {
			return html;
		}
		return Jsoup.parseBodyFragment(html).text();
	}

}
