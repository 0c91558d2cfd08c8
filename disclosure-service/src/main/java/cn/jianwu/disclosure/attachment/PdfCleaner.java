package cn.jianwu.disclosure.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Makes the copy of a PDF that the public downloads: what the pages show and the
 * bookmarks, nothing else. Gone are the document information and XMP metadata,
 * annotations (a form's fields are flattened into the page first, so that their values
 * stay visible), embedded files, JavaScript, open and additional actions, private
 * application data, encryption and the earlier revisions an incremental save keeps in the
 * file.
 */
final class PdfCleaner {

	/** Entries of the catalogue that carry data or behaviour beyond the pages. */
	private static final List<COSName> CATALOG_ENTRIES = List.of(COSName.ACRO_FORM, COSName.METADATA,
			COSName.OPEN_ACTION, COSName.AA, COSName.PIECE_INFO, COSName.COLLECTION, COSName.getPDFName("Perms"),
			COSName.getPDFName("AF"));

	/** Entries of a page that carry data or behaviour beyond its content. */
	private static final List<COSName> PAGE_ENTRIES = List.of(COSName.ANNOTS, COSName.AA, COSName.METADATA,
			COSName.PIECE_INFO, COSName.getPDFName("AF"));

	private static final int MAX_BOOKMARKS = 100_000;

	private static final COSName GO_TO = COSName.getPDFName("GoTo");

	private PdfCleaner() {
	}

	/**
	 * @param document the open file; it is changed
	 * @return the clean copy
	 */
	static byte[] clean(PDDocument document) throws IOException {
		flattenForm(document.getDocumentCatalog().getAcroForm(null));
		COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
		CATALOG_ENTRIES.forEach(catalog::removeItem);
		COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
		if (names != null) {
			names.removeItem(COSName.EMBEDDED_FILES);
			names.removeItem(COSName.JAVA_SCRIPT);
			if (names.size() == 0) {
				catalog.removeItem(COSName.NAMES);
			}
		}
		for (PDPage page : document.getPages()) {
			PAGE_ENTRIES.forEach(page.getCOSObject()::removeItem);
		}
		PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
		if (outline != null) {
			keepOnlyJumps(outline, Collections.newSetFromMap(new IdentityHashMap<>()));
		}
		document.getDocument().getTrailer().removeItem(COSName.INFO);
		document.setAllSecurityToBeRemoved(true);
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		// A full save: only the objects still reachable are written.
		document.save(copy);
		return copy.toByteArray();
	}

	/**
	 * Draws the fields' appearances into the pages. A form PDFBox cannot flatten loses
	 * its fields with the annotations: better an empty box than a value no one checked.
	 */
	private static void flattenForm(PDAcroForm form) {
		if (form == null) {
			return;
		}
		try {
			List<PDField> fields = new ArrayList<>();
			form.getFieldTree().forEach(fields::add);
			form.flatten(fields, form.getNeedAppearances());
		}
		catch (IOException | RuntimeException ex) {
			// The fields go with the rest of the annotations.
		}
	}

	/** A bookmark may jump within the file; any other action (a script, a link) goes. */
	private static void keepOnlyJumps(PDOutlineNode node, Set<COSBase> seen) {
		for (PDOutlineItem item : node.children()) {
			if (seen.size() >= MAX_BOOKMARKS || !seen.add(item.getCOSObject())) {
				return;
			}
			COSDictionary action = item.getCOSObject().getCOSDictionary(COSName.A);
			if (action != null && !GO_TO.equals(action.getCOSName(COSName.S))) {
				item.getCOSObject().removeItem(COSName.A);
			}
			item.getCOSObject().removeItem(COSName.getPDFName("SE"));
			keepOnlyJumps(item, seen);
		}
	}

}
