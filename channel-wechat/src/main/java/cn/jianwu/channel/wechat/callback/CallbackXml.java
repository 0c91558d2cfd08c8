package cn.jianwu.channel.wechat.callback;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads WeChat's XML with the JDK's own parser hardened against XXE and entity expansion:
 * any DOCTYPE is refused before anything is resolved or expanded (WeChat never sends
 * one), external entities and DTDs are off, secure processing limits the rest. WxJava's
 * XStream-based message parsing is not used at all.
 */
final class CallbackXml {

	private static final DocumentBuilderFactory FACTORY = hardenedFactory();

	private static final ErrorHandler SILENT = new ErrorHandler() {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			throw ex;
		}

	};

	private CallbackXml() {
	}

	/**
	 * The {@code <xml>} document's elements: text elements by name, and the one nested
	 * element WeChat sends ({@code PublishEventInfo}, with {@code article_detail})
	 * flattened into {@code Parent/child} names.
	 * @throws CallbackRejected when it is not such a document
	 */
	static Map<String, String> parse(String xml) {
		if (xml == null || xml.isBlank()) {
			throw CallbackRejected.unreadable("消息内容为空。");
		}
		if (xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
			throw CallbackRejected.unreadable("消息不得包含文档类型声明（DOCTYPE）。");
		}
		Element root = document(xml).getDocumentElement();
		if (!"xml".equals(root.getTagName())) {
			throw CallbackRejected.unreadable("消息的根元素必须是 xml。");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		collect(root, "", fields, 0);
		return fields;
	}

	/** The parser alone, which refuses a DOCTYPE by itself too. */
	static Document document(String xml) {
		try {
			DocumentBuilder builder = FACTORY.newDocumentBuilder();
			builder.setErrorHandler(SILENT);
			// never reached while DOCTYPEs are refused; a last guard against any lookup
			builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
			return builder.parse(new InputSource(new StringReader(xml)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw CallbackRejected.unreadable("消息不是有效的XML。");
		}
	}

	private static void collect(Element parent, String prefix, Map<String, String> fields, int depth) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node node = children.item(i);
			if (node instanceof Element element) {
				String name = prefix + element.getTagName();
				if (hasElementChildren(element) && depth < 3) {
					collect(element, name + "/", fields, depth + 1);
				}
				else {
					fields.putIfAbsent(name, element.getTextContent().strip());
				}
			}
		}
	}

	private static boolean hasElementChildren(Element element) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element) {
				return true;
			}
		}
		return false;
	}

	private static DocumentBuilderFactory hardenedFactory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		try {
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be hardened", ex);
		}
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setNamespaceAware(false);
		factory.setValidating(false);
		return factory;
	}

}
