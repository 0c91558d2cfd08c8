package cn.jianwu.disclosure.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader can get out of an open PDF as text, for the redaction check: the
 * text of every page, then what viewers show besides it (annotations such as sticky
 * notes, form fields, bookmarks, the document information and XMP metadata, the names of
 * embedded files). Bounded by the characters kept, not by pages: a file with more text
 * than that is {@link TextStatus#TRUNCATED}, one with a page that shows an image but has
 * no text (a scan) {@link TextStatus#NO_TEXT}.
 */
final class PdfText {

	/** Entries of a bookmark or name tree followed; more is a hostile file. */
	private static final int MAX_NODES = 100_000;

	private static final List<COSName> ANNOTATION_TEXTS = List.of(COSName.CONTENTS, COSName.T, COSName.SUBJ,
			COSName.RC);

	private PdfText() {
	}

	/**
	 * @param document the open file
	 * @param maxChars characters kept
	 * @return how much was read, and the text ({@code null} when there is none)
	 */
	static Reading read(PDDocument document, int maxChars) throws IOException {
		BoundedText text = new BoundedText(maxChars);
		PageText pages = new PageText(text);
		try {
			pages.writeText(document, text);
			long pageText = text.visible();
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			annotations(document, text);
			fields(catalog.getAcroForm(null), text);
			outline(catalog.getDocumentOutline(), text);
			strings(document.getDocument().getTrailer().getCOSDictionary(COSName.INFO), text);
			xmp(catalog.getMetadata(), text);
			embeddedFiles(catalog.getNames(), text);
			TextStatus status = (pageText == 0 || pages.scannedPages > 0) ? TextStatus.NO_TEXT : TextStatus.COMPLETE;
			return new Reading(status, text.result());
		}
		catch (BoundedText.Full ex) {
			return new Reading(TextStatus.TRUNCATED, text.result());
		}
	}

	private static void annotations(PDDocument document, BoundedText text) throws IOException {
		text.boundary();
		for (PDPage page : document.getPages()) {
			for (PDAnnotation annotation : page.getAnnotations()) {
				COSDictionary dictionary = annotation.getCOSObject();
				for (COSName key : ANNOTATION_TEXTS) {
					text.line(dictionary.getString(key));
				}
				COSDictionary action = dictionary.getCOSDictionary(COSName.A);
				if (action != null) {
					text.line(action.getString(COSName.URI));
				}
				fileName(dictionary.getCOSDictionary(COSName.FS), text);
			}
		}
	}

	private static void fields(PDAcroForm form, BoundedText text) throws IOException {
		text.boundary();
		if (form == null) {
			return;
		}
		for (PDField field : form.getFieldTree()) {
			text.line(field.getFullyQualifiedName());
			text.line(field.getAlternateFieldName());
			if (field instanceof PDTerminalField) {
				text.line(field.getValueAsString());
			}
		}
	}

	private static void outline(PDOutlineNode root, BoundedText text) throws IOException {
		text.boundary();
		if (root != null) {
			outline(root, text, Collections.newSetFromMap(new IdentityHashMap<>()));
		}
	}

	private static void outline(PDOutlineNode node, BoundedText text, Set<COSBase> seen) throws IOException {
		for (PDOutlineItem item : node.children()) {
			if (seen.size() >= MAX_NODES || !seen.add(item.getCOSObject())) {
				return;
			}
			text.line(item.getTitle());
			outline(item, text, seen);
		}
	}

	/** Every string of a dictionary: the document information has custom keys too. */
	private static void strings(COSDictionary dictionary, BoundedText text) throws IOException {
		text.boundary();
		if (dictionary == null) {
			return;
		}
		for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
			if (entry.getValue() instanceof COSString value) {
				text.line(entry.getKey().getName());
				text.line(value.getString());
			}
		}
	}

	private static void xmp(PDMetadata metadata, BoundedText text) throws IOException {
		text.boundary();
		if (metadata == null) {
			return;
		}
		// Streamed: a small stream may inflate to far more than the limit.
		try (InputStream in = metadata.createInputStream();
				Reader xml = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			xml.transferTo(text);
		}
	}

	private static void embeddedFiles(PDDocumentNameDictionary names, BoundedText text) throws IOException {
		text.boundary();
		if (names != null && names.getEmbeddedFiles() != null) {
			embeddedFiles(names.getEmbeddedFiles(), text, Collections.newSetFromMap(new IdentityHashMap<>()));
		}
	}

	private static void embeddedFiles(PDNameTreeNode<PDComplexFileSpecification> node, BoundedText text,
			Set<COSBase> seen) throws IOException {
		if (seen.size() >= MAX_NODES || !seen.add(node.getCOSObject())) {
			return;
		}
		Map<String, PDComplexFileSpecification> files = node.getNames();
		if (files != null) {
			for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
				text.line(file.getKey());
				fileName(file.getValue().getCOSObject(), text);
			}
		}
		List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
		if (kids != null) {
			for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
				embeddedFiles(kid, text, seen);
			}
		}
	}

	private static void fileName(COSDictionary specification, BoundedText text) throws IOException {
		if (specification != null) {
			for (COSName key : List.of(COSName.F, COSName.UF, COSName.DESC)) {
				text.line(specification.getString(key));
			}
		}
	}

	/**
	 * How much of a PDF was read.
	 *
	 * @param text what was read, or {@code null}
	 */
	record Reading(TextStatus status, String text) {
	}

	/** The text of the pages, counting the pages that show an image and have no text. */
	private static final class PageText extends PDFTextStripper {

		private final BoundedText text;

		private long visibleAtStart;

		private int scannedPages;

		PageText(BoundedText text) {
			this.text = text;
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			super.startPage(page);
			this.visibleAtStart = this.text.visible();
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			super.endPage(page);
			if (this.text.visible() == this.visibleAtStart && showsImage(page.getResources())) {
				this.scannedPages++;
			}
		}

		private static boolean showsImage(PDResources resources) throws IOException {
			if (resources == null) {
				return false;
			}
			for (COSName name : resources.getXObjectNames()) {
				if (resources.isImageXObject(name)) {
					return true;
				}
			}
			return false;
		}

	}

}
