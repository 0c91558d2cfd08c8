package cn.jianwu.channel.bulletin.board;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the bulletin as an Atom 1.0 feed (RFC 4287) with a StAX writer, which escapes
 * every text and attribute, so an item's words can never break the document.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	static final String FEED_ID = "urn:jianwu:bulletin";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private AtomFeed() {
	}

	/**
	 * @param baseUrl where the service is reached, without a trailing slash
	 * @param institution the institution's name: the feed's title and author
	 * @param updated when the board last changed
	 * @param entries the items, newest first
	 */
	static byte[] write(String baseUrl, String institution, Instant updated, List<BulletinEntry> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
			text(xml, "id", FEED_ID);
			text(xml, "title", institution + "局域网公告栏");
			text(xml, "subtitle", "本院公开信息及内部事项（仅限院内网络）");
			text(xml, "updated", timestamp(updated));
			xml.writeStartElement(NAMESPACE, "author");
			text(xml, "name", institution);
			xml.writeEndElement();
			link(xml, "self", "application/atom+xml", baseUrl + "/bulletin/feed.atom");
			link(xml, "alternate", "text/html", baseUrl + "/bulletin");
			for (BulletinEntry entry : entries) {
				entry(xml, baseUrl, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Atom feed not written", ex);
		}
		return out.toByteArray();
	}

	private static void entry(XMLStreamWriter xml, String baseUrl, BulletinEntry entry) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "entry");
		text(xml, "id", "urn:jianwu:item:" + entry.itemId() + ":" + entry.revision());
		text(xml, "title", (entry.internalOnly() ? "【内部】" : "") + entry.title());
		text(xml, "updated", timestamp(entry.publishedAt()));
		text(xml, "published", timestamp(entry.publishedAt()));
		if (entry.department() != null && !entry.department().isBlank()) {
			xml.writeStartElement(NAMESPACE, "author");
			text(xml, "name", entry.department());
			xml.writeEndElement();
		}
		category(xml, "urn:jianwu:category", entry.category().name(), entry.category().label());
		if (entry.internalOnly()) {
			category(xml, "urn:jianwu:visibility", entry.visibility().name(), "内部");
		}
		link(xml, "alternate", "text/html", baseUrl + BulletinPages.itemPath(entry.itemId()));
		String summary = (entry.summary() != null && !entry.summary().isBlank()) ? entry.summary() : entry.title();
		xml.writeStartElement(NAMESPACE, "summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(xmlSafe(summary));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, element);
		xml.writeCharacters(xmlSafe(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void category(XMLStreamWriter xml, String scheme, String term, String label)
			throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "category");
		xml.writeAttribute("scheme", scheme);
		xml.writeAttribute("term", term);
		xml.writeAttribute("label", xmlSafe(label));
	}

	private static String timestamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/**
	 * Leaves out the characters XML 1.0 cannot carry at all (control characters other
	 * than tab and line breaks, lone surrogates); escaping cannot help with those.
	 */
	static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			}
			else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD)) {
				safe.append(c);
			}
		}
		return safe.toString();
	}

}
