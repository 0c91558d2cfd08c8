package cn.jianwu.portal.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an item's body as paragraphs. Bodies are rich text written by staff; the
 * portal shows their words only, each paragraph escaped by the template, so no markup,
 * attribute or script of a body ever reaches a reader's page.
 */
final class BodyParagraphs {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "pre", "section", "article", "table", "ul", "ol", "hr", "dd", "dt");

	private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript");

	private BodyParagraphs() {
	}

	static List<String> of(String body) {
		if (body == null || body.isBlank()) {
			return List.of();
		}
		Collector collector = new Collector();
		Jsoup.parseBodyFragment(body).body().traverse(collector);
		collector.endParagraph();
		return List.copyOf(collector.paragraphs);
	}

	private static final class Collector implements NodeVisitor {

		private final List<String> paragraphs = new ArrayList<>();

		private final StringBuilder current = new StringBuilder();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				if (insideSkipped(text)) {
					return;
				}
				String[] lines = text.getWholeText().split("\\R", -1);
				for (int i = 0; i < lines.length; i++) {
					if (i > 0 && inPlainText(text)) {
						endParagraph();
					}
					this.current.append(lines[i]);
				}
			}
			else if (isBlock(node)) {
				endParagraph();
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (isBlock(node)) {
				endParagraph();
			}
		}

		void endParagraph() {
			String paragraph = this.current.toString().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
			if (!paragraph.isEmpty()) {
				this.paragraphs.add(paragraph);
			}
			this.current.setLength(0);
		}

		private static boolean isBlock(Node node) {
			return node instanceof Element element && BLOCKS.contains(element.normalName());
		}

		private static boolean insideSkipped(TextNode text) {
			for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
				if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
					return true;
				}
			}
			return false;
		}

		// Line breaks separate paragraphs in a plain-text body and inside <pre>; in
		// markup they are layout only.
		private static boolean inPlainText(TextNode text) {
			Node parent = text.parentNode();
			return parent instanceof Element element
					&& ("body".equals(element.normalName()) || "pre".equals(element.normalName()));
		}

	}

}
