package cn.jianwu.channel.wechat.publish;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.redaction.HtmlText;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftArticles;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns an item revision into a WeChat article. The body arrives as sanitised HTML; the
 * article carries only its text, paragraph by paragraph and HTML-escaped, so no markup of
 * ours can break WeChat's editor, plus a link to the full item on the portal ("阅读原文"
 * too). Fields are cut to WeChat's limits instead of having the whole article refused.
 */
class ArticleComposer {

	static final int TITLE_LIMIT = 64;

	static final int AUTHOR_LIMIT = 16;

	static final int DIGEST_LIMIT = 120;

	/**
	 * WeChat refuses content of 20,000 characters or more (45002); leave room for markup.
	 */
	static final int CONTENT_LIMIT = 18_000;

	static final String CUT_SHORT = "（全文较长，请点击“阅读原文”在检务公开网站查看全文。）";

	WxMpDraftArticles compose(DisclosurePublished item, String thumbMediaId) {
		String portalUrl = sourceUrl(item);
		return WxMpDraftArticles.builder()
			.articleType("news")
			.title(title(item))
			.author(limit(item.department(), AUTHOR_LIMIT))
			.digest(limit(item.summary(), DIGEST_LIMIT))
			.content(content(item.body(), portalUrl))
			.contentSourceUrl(portalUrl)
			.thumbMediaId(thumbMediaId)
			.needOpenComment(0)
			.onlyFansCanComment(0)
			.build();
	}

	/** The article's title: what a published article of the item is known by. */
	static String title(DisclosurePublished item) {
		return limit(item.title(), TITLE_LIMIT);
	}

	/** The article's "阅读原文" link, the item's portal page. */
	static String sourceUrl(DisclosurePublished item) {
		return webUrl(item.portalUrl());
	}

	static String content(String body, String portalUrl) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : paragraphs(body)) {
			String escaped = "<p>" + HtmlUtils.htmlEscape(paragraph, "UTF-8") + "</p>";
			if (html.length() + escaped.length() > CONTENT_LIMIT) {
				html.append("<p>").append(CUT_SHORT).append("</p>");
				break;
			}
			html.append(escaped);
		}
		if (portalUrl != null) {
			String url = HtmlUtils.htmlEscape(portalUrl, "UTF-8");
			html.append("<p>原文链接：<a href=\"").append(url).append("\">").append(url).append("</a></p>");
		}
		return html.toString();
	}

	/**
	 * The text of the body, one entry per block (paragraph, list item, heading, line
	 * break): the reader's text the privacy gate checked, as every channel shows it.
	 */
	static List<String> paragraphs(String body) {
		return HtmlText.parse(body).paragraphs();
	}

	/** Only http(s) links go into an article. */
	static String webUrl(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			String scheme = URI.create(url.strip()).getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) ? url.strip() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String limit(String text, int limit) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) <= limit) {
			return stripped;
		}
		int end = stripped.offsetByCodePoints(0, limit - 1);
		return stripped.substring(0, end) + "…";
	}

}
