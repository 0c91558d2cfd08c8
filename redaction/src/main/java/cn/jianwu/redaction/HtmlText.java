package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * What a reader reads of a rich-text body: the text nodes of each block joined, blocks
 * separated by a line break, entities decoded, scripts and styles left out. The portal,
 * search, WeChat, Weibo and the bulletin all render the body this way, so this text, not
 * the HTML string, is what the privacy gate scans: markup ({@code 张<b>三</b>丰}), entities
 * ({@code &#x35;}) and invisible characters cannot split a name or an identifier here.
 * <p>
 * Every character of {@link #text()} either comes from one text node at one offset or is
 * a line break standing for a block boundary, so a redaction found in the text is applied
 * inside the text nodes it covers ({@link #redact}) and the markup around them stays as
 * it was.
 */
public final class HtmlText {

	/** Elements that start a new line on every channel. */
	static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
			"h6", "blockquote", "pre", "section", "article", "table", "ul", "ol", "hr", "dd", "dt", "caption");

	/** Elements whose text no reader sees. */
	static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "title");

	private final Document document;

	private final String text;

	/** The body's text nodes in document order, skipped ones included. */
	private final List<TextNode> textNodes;

	/**
	 * Per character of {@link #text}: the index in {@link #textNodes} of the node it
	 * stands in, or -1 for a block break.
	 */
	private final int[] nodes;

	/** Per character of {@link #text}: its offset inside its text node. */
	private final int[] offsets;

	private HtmlText(Document document, String text, List<TextNode> textNodes, int[] nodes, int[] offsets) {
		this.document = document;
		this.text = text;
		this.textNodes = textNodes;
		this.nodes = nodes;
		this.offsets = offsets;
	}

	/**
	 * @param html a body fragment (plain text is a body fragment without markup)
	 * @return its reader's text
	 */
	public static HtmlText parse(String html) {
		Document document = Jsoup.parseBodyFragment((html != null) ? html : "");
		document.outputSettings().prettyPrint(false);
		Projection projection = new Projection();
		document.body().traverse(projection);
		projection.dropTrailingBreak();
		return new HtmlText(document, projection.text.toString(), List.copyOf(projection.textNodes),
				projection.nodes.stream().mapToInt(Integer::intValue).toArray(),
				projection.offsets.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The text a reader reads, blocks separated by {@code \n}. */
	public String text() {
		return this.text;
	}

	/**
	 * The text as paragraphs, as the channels show them: white space (including line
	 * breaks inside a block, which HTML renders as a space) folded to one space, empty
	 * paragraphs dropped. Line breaks of a plain-text body separate paragraphs.
	 */
	public List<String> paragraphs() {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i <= this.text.length(); i++) {
			boolean end = i == this.text.length();
			char c = end ? '\n' : this.text.charAt(i);
			if (c == '\n' && (end || this.nodes[i] < 0 || separatesParagraphs(this.textNodes.get(this.nodes[i])))) {
				String paragraph = current.toString().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
				if (!paragraph.isEmpty()) {
					paragraphs.add(paragraph);
				}
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		return List.copyOf(paragraphs);
	}

	/**
	 * The values of the body's attributes (a link's address, an image's alternative text,
	 * a title): no channel shows them as text, but a link or a tooltip still puts them in
	 * front of a reader, so the approval check reads them too.
	 */
	public List<String> attributeValues() {
		List<String> values = new ArrayList<>();
		for (Element element : this.document.body().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (attribute.getValue() != null && !attribute.getValue().isBlank()) {
					values.add(attribute.getValue());
				}
			}
		}
		return values;
	}

	/**
	 * Applies redactions found in {@link #text()} inside the text nodes they cover: the
	 * replacement takes the place of the first covered part, the other parts are emptied,
	 * the markup stays.
	 * @param redactions offsets into {@link #text()}, not overlapping
	 * @return the body as HTML
	 * @throws IllegalArgumentException if a redaction does not fit the text
	 */
	public String redact(List<Redaction> redactions) {
		Document copy = this.document.clone();
		List<TextNode> copied = textNodes(copy);
		List<Edit> edits = new ArrayList<>();
		for (Redaction redaction : redactions) {
			if (redaction.end() > this.text.length() || !this.text.regionMatches(redaction.start(),
					redaction.original(), 0, redaction.original().length())) {
				// Offsets only: the text is personal data.
				throw new IllegalArgumentException(
						"Redaction [" + redaction.start() + ", " + redaction.end() + ") does not fit the body's text");
			}
			boolean first = true;
			for (int i = redaction.start(); i < redaction.end(); i++) {
				int node = this.nodes[i];
				if (node < 0) {
					continue;
				}
				int from = this.offsets[i];
				int to = from + 1;
				while (i + 1 < redaction.end() && this.nodes[i + 1] == this.nodes[i]) {
					i++;
					to++;
				}
				edits.add(new Edit(node, from, to, first ? redaction.replacement() : ""));
				first = false;
			}
		}
		// Last edit first, so that the offsets of the ones still to come stay valid.
		edits.sort((a, b) -> (a.node() != b.node()) ? Integer.compare(b.node(), a.node())
				: Integer.compare(b.from(), a.from()));
		for (Edit edit : edits) {
			TextNode node = copied.get(edit.node());
			String whole = node.getWholeText();
			node.text(whole.substring(0, edit.from()) + edit.replacement() + whole.substring(edit.to()));
		}
		return copy.body().html();
	}

	private static List<TextNode> textNodes(Document document) {
		List<TextNode> found = new ArrayList<>();
		document.body().traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				found.add(text);
			}
		});
		return found;
	}

	// Line breaks separate paragraphs in a plain-text body and inside <pre>; in markup
	// they are layout only.
	private static boolean separatesParagraphs(TextNode text) {
		Node parent = text.parentNode();
		return parent instanceof Element element
				&& ("body".equals(element.normalName()) || "pre".equals(element.normalName()));
	}

	private record Edit(int node, int from, int to, String replacement) {
	}

	/** Walks the body once, recording where each character of the text comes from. */
	private static final class Projection implements NodeVisitor {

		private final StringBuilder text = new StringBuilder();

		private final List<TextNode> textNodes = new ArrayList<>();

		private final List<Integer> nodes = new ArrayList<>();

		private final List<Integer> offsets = new ArrayList<>();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				int index = this.textNodes.size();
				this.textNodes.add(textNode);
				if (insideSkipped(textNode)) {
					return;
				}
				String whole = textNode.getWholeText();
				for (int i = 0; i < whole.length(); i++) {
					this.text.append(whole.charAt(i));
					this.nodes.add(index);
					this.offsets.add(i);
				}
			}
			else if (isBlock(node)) {
				lineBreak();
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (isBlock(node)) {
				lineBreak();
			}
		}

		private void lineBreak() {
			// One break per boundary; a line break inside a text node is layout and does
			// not count as one.
			if (!this.text.isEmpty() && this.nodes.get(this.nodes.size() - 1) >= 0) {
				this.text.append('\n');
				this.nodes.add(-1);
				this.offsets.add(-1);
			}
		}

		void dropTrailingBreak() {
			int last = this.nodes.size() - 1;
			if (last >= 0 && this.nodes.get(last) < 0) {
				this.text.setLength(last);
				this.nodes.remove(last);
				this.offsets.remove(last);
			}
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

	}

}
