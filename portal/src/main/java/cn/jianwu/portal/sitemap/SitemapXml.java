package cn.jianwu.portal.sitemap;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The two documents of the sitemap protocol 0.9 (sitemaps.org): a {@code urlset} of pages
 * and a {@code sitemapindex} of sitemaps, each at most 50,000 entries.
 */
final class SitemapXml {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private SitemapXml() {
	}

	/** A {@code urlset}: pages with, where known, when they last changed. */
	static String urlset(List<Url> urls) {
		return write("urlset", "url", urls);
	}

	/** A {@code sitemapindex}: the addresses of the sitemaps. */
	static String index(List<Url> sitemaps) {
		return write("sitemapindex", "sitemap", sitemaps);
	}

	private static String write(String root, String element, List<Url> urls) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(NAMESPACE);
			for (Url url : urls) {
				xml.writeStartElement(element);
				xml.writeStartElement("loc");
				xml.writeCharacters(url.loc());
				xml.writeEndElement();
				if (url.lastModified() != null) {
					xml.writeStartElement("lastmod");
					xml.writeCharacters(url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("sitemap could not be written", ex);
		}
		return out.toString();
	}

	/**
	 * One entry.
	 *
	 * @param loc the absolute address
	 * @param lastModified when it last changed, or {@code null} when unknown
	 */
	record Url(String loc, Instant lastModified) {
	}

}
