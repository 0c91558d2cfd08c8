package cn.jianwu.casequery.hotline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a VoiceXML 2.1 document through the JDK's StAX writer, which escapes every text
 * and attribute, so that a document is well-formed whatever a case name contains.
 */
final class Vxml {

	static final String NAMESPACE = "http://www.w3.org/2001/vxml";

	static final String SRGS = "http://www.w3.org/2001/06/grammar";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);

	private final XMLStreamWriter writer;

	private Vxml() {
		try {
			this.writer = FACTORY.createXMLStreamWriter(this.out, "UTF-8");
			this.writer.writeStartDocument("UTF-8", "1.0");
			this.writer.writeStartElement("vxml");
			this.writer.writeDefaultNamespace(NAMESPACE);
			this.writer.writeAttribute("version", "2.1");
			this.writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "zh-CN");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		empty("property", "name", "inputmodes", "value", "dtmf");
	}

	/** A new document, its root {@code <vxml version="2.1">} open. */
	static Vxml document() {
		return new Vxml();
	}

	/** Opens an element with attributes given as name, value, name, value… */
	Vxml start(String name, String... attributes) {
		try {
			this.writer.writeStartElement(name);
			attributes(attributes);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** Opens a {@code <grammar>} in the SRGS namespace. */
	Vxml grammar(String root) {
		try {
			this.writer.writeStartElement("grammar");
			this.writer.writeDefaultNamespace(SRGS);
			attributes(new String[] { "mode", "dtmf", "version", "1.0", "root", root });
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	Vxml empty(String name, String... attributes) {
		try {
			this.writer.writeEmptyElement(name);
			attributes(attributes);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	Vxml text(String text) {
		try {
			this.writer.writeCharacters(text);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** An element holding only text, e.g. {@code <prompt>…</prompt>}. */
	Vxml element(String name, String text) {
		return start(name).text(text).end();
	}

	Vxml end() {
		try {
			this.writer.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** Closes whatever is open and answers the document. */
	byte[] finish() {
		try {
			this.writer.writeEndDocument();
			this.writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this.out.toByteArray();
	}

	private void attributes(String[] attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			this.writer.writeAttribute(attributes[i], attributes[i + 1]);
		}
	}

	@Override
	public String toString() {
		return new String(this.out.toByteArray(), StandardCharsets.UTF_8);
	}

}
