package cn.jianwu.disclosure.attachment;

import java.io.IOException;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static cn.jianwu.disclosure.attachment.TestFiles.all;
import static cn.jianwu.disclosure.attachment.TestFiles.author;
import static cn.jianwu.disclosure.attachment.TestFiles.bookmark;
import static cn.jianwu.disclosure.attachment.TestFiles.embeddedFile;
import static cn.jianwu.disclosure.attachment.TestFiles.field;
import static cn.jianwu.disclosure.attachment.TestFiles.note;
import static cn.jianwu.disclosure.attachment.TestFiles.scripts;
import static cn.jianwu.disclosure.attachment.TestFiles.xmp;
import static org.assertj.core.api.Assertions.assertThat;

/** The public copy of a PDF keeps what its pages show and nothing else. */
class PdfCleanerTest {

	@Test
	void thePublishedCopyHasNoMetadataAnnotationsFormFilesOrScripts() throws IOException {
		byte[] pdf = TestFiles.pdf(
				all(note("Checked by the office."), field("decision", "Approved"), bookmark("Decision"),
						author("Office"), xmp("Office"), embeddedFile("notes.txt"), scripts()),
				"Decision of non-prosecution.", "Second page.");
		PreparedFile file = PdfFile.prepare(pdf, 1_000_000);
		assertThat(file.status()).isEqualTo(TextStatus.COMPLETE);
		assertThat(file.published()).isNotEqualTo(pdf);

		try (PDDocument copy = Loader.loadPDF(file.published())) {
			PDDocumentCatalog catalog = copy.getDocumentCatalog();
			assertThat(copy.getDocument().getTrailer().getCOSDictionary(COSName.INFO)).isNull();
			assertThat(catalog.getMetadata()).isNull();
			assertThat(catalog.getAcroForm(null)).isNull();
			assertThat(catalog.getOpenAction()).isNull();
			assertThat(catalog.getNames() == null || catalog.getNames().getEmbeddedFiles() == null).isTrue();
			assertThat(copy.isEncrypted()).isFalse();
			for (PDPage page : copy.getPages()) {
				assertThat(page.getAnnotations()).isEmpty();
				assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
			}
			assertThat(catalog.getDocumentOutline().children()).extracting(PDOutlineItem::getTitle)
				.containsExactly("Decision", "Run");
			for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
				assertThat(item.getAction()).as("no script behind a bookmark").isNull();
			}
			String text = new PDFTextStripper().getText(copy);
			assertThat(text).contains("Decision of non-prosecution.", "Second page.")
				.as("the form's value is drawn into the page")
				.contains("Approved");
		}
	}

	@Test
	void aFileWithAnOwnerPasswordOnlyIsReadAndPublishedWithoutEncryption() throws IOException {
		byte[] pdf = TestFiles.encryptedPdf("", "Decision of non-prosecution.");
		PreparedFile file = PdfFile.prepare(pdf, 1_000_000);
		assertThat(file.status()).isEqualTo(TextStatus.COMPLETE);
		try (PDDocument copy = Loader.loadPDF(file.published())) {
			assertThat(copy.isEncrypted()).isFalse();
		}
	}

}
