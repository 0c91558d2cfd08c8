package cn.jianwu.portal.console;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's rich text is deliberately plain: staff type the body in a text area, one
 * paragraph per line, and it is stored as {@code
 *
<p>
 * } paragraphs with every character escaped. No markup staff type ever becomes markup
 * (disclosure-service sanitises again with a jsoup safelist). Editing a stored body turns
 * its paragraphs (and list items, headings, line breaks) back into lines.
 */
final class BodyText {

	private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3",
			"h4", "h5", "h6", "blockquote", "pre", "section", "article", "table", "ul", "ol", "hr", "dd", "dt");

	private BodyText() {
	}

	/** Lines of text, each a paragraph, as the stored HTML body. */
	static String toHtml(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : paragraphs(text)) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8")).append("</p>");
		}
		return html.toString();
	}

	/** The non-blank lines of a text, stripped. */
	static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String line : text.split("\\R")) {
			String paragraph = line.strip();
			if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** A stored body as the text staff edit: one line per paragraph. */
	static String fromHtml(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					String[] lines = text.getWholeText().split("\\R", -1);
					boolean plain = text.parentNode() instanceof Element parent && "body".equals(parent.normalName());
					for (int i = 0; i < lines.length; i++) {
						if (i > 0 && plain) {
							end();
						}
						current.append(lines[i]);
					}
				}
				else if (isBlock(node)) {
					end();
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (isBlock(node)) {
					end();
				}
			}

			private void end() {
				String paragraph = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
				if (!paragraph.isEmpty()) {
					paragraphs.add(paragraph);
				}
				current.setLength(0);
			}

		});
		String rest = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
		if (!rest.isEmpty()) {
			paragraphs.add(rest);
		}
		return String.join("\n", paragraphs);
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.normalName());
	}

}
