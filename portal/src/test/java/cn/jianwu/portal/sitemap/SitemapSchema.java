package cn.jianwu.portal.sitemap;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;

import cn.jianwu.disclosure.api.publication.SitemapPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The sitemap protocol 0.9 as a schema ({@code sitemap/sitemap-0.9.xsd}, written from the
 * protocol's description) and its limit of entries per file: what search engines accept.
 */
public final class SitemapSchema {

	private static final Schema SCHEMA = load();

	private SitemapSchema() {
	}

	/**
	 * Asserts that a document is a valid sitemap or sitemap index.
	 * @return the addresses it lists ({@code loc}), in order
	 */
	public static List<String> assertValid(String xml) {
		try {
			SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
		}
		catch (SAXException | IOException ex) {
			fail("not a valid sitemap: " + ex.getMessage());
		}
		Document document = Jsoup.parse(xml, Parser.xmlParser());
		List<String> locs = document.select("loc").eachText();
		assertThat(locs).as("entries of one file").hasSizeLessThanOrEqualTo(SitemapPage.MAX_SIZE);
		return locs;
	}

	private static Schema load() {
		try {
			return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(SitemapSchema.class.getResource("/sitemap/sitemap-0.9.xsd"));
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
