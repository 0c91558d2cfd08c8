package cn.jianwu.disclosure.attachment;

import java.util.List;

import cn.jianwu.disclosure.api.item.TextStatus;
import cn.jianwu.redaction.RedactionScanner;
import org.junit.jupiter.api.Test;

import static cn.jianwu.disclosure.attachment.TestFiles.author;
import static cn.jianwu.disclosure.attachment.TestFiles.bookmark;
import static cn.jianwu.disclosure.attachment.TestFiles.embeddedFile;
import static cn.jianwu.disclosure.attachment.TestFiles.field;
import static cn.jianwu.disclosure.attachment.TestFiles.note;
import static cn.jianwu.disclosure.attachment.TestFiles.xmp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a reader can get out of a PDF reaches the redaction check: every page,
 * notes, form fields, bookmarks, document information, XMP and the names of embedded
 * files.
 */
class PdfTextTest {

	static final String ID_NUMBER = "11010519491231002X";

	static final String PHONE = "13800138000";

	static final int LIMIT = 1_000_000;

	private final RedactionScanner scanner = new RedactionScanner();

	@Test
	void everyPageIsReadHoweverManyThereAre() {
		PreparedFile file = PdfFile.prepare(TestFiles.longPdf(250, "ID " + ID_NUMBER), LIMIT);
		assertThat(file.status()).isEqualTo(TextStatus.COMPLETE);
		assertThat(file.text()).contains("Page 1 of", "Page 249 of", ID_NUMBER);
		assertThat(remaining(file)).containsExactly("公民身份号码");
	}

	@Test
	void aStickyNoteIsRead() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf(note("Call back " + PHONE), "Clean page."), LIMIT);
		assertThat(file.status()).isEqualTo(TextStatus.COMPLETE);
		assertThat(remaining(file)).containsExactly("电话号码");
	}

	@Test
	void formFieldsAreReadByNameAndValue() {
		PreparedFile value = PdfFile.prepare(TestFiles.pdf(field("applicant", "ID " + ID_NUMBER), "Form."), LIMIT);
		assertThat(remaining(value)).containsExactly("公民身份号码");
		PreparedFile name = PdfFile.prepare(TestFiles.pdf(field("phone " + PHONE, "none"), "Form."), LIMIT);
		assertThat(remaining(name)).containsExactly("电话号码");
	}

	@Test
	void bookmarkTitlesAreRead() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf(bookmark("Statement of " + PHONE), "Clean page."), LIMIT);
		assertThat(remaining(file)).containsExactly("电话号码");
	}

	@Test
	void theDocumentInformationIsRead() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf(author("王建国 " + PHONE), "Clean page."), LIMIT);
		assertThat(this.scanner.check(file.text(), List.of("王建国"), List.of()).labels()).containsExactly("电话号码",
				"未匿名的人员姓名1处");
	}

	@Test
	void xmpMetadataIsRead() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf(xmp("王建国"), "Clean page."), LIMIT);
		assertThat(this.scanner.check(file.text(), List.of("王建国"), List.of()).labels()).containsExactly("未匿名的人员姓名1处");
	}

	@Test
	void theNamesOfEmbeddedFilesAreRead() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf(embeddedFile("contact-" + PHONE + ".txt"), "Clean page."),
				LIMIT);
		assertThat(remaining(file)).containsExactly("电话号码");
	}

	@Test
	void moreTextThanTheLimitIsTruncatedAndWhatWasReadIsStillChecked() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf("ID " + ID_NUMBER, "second page", "third page"), 30);
		assertThat(file.status()).isEqualTo(TextStatus.TRUNCATED);
		assertThat(file.status().automatic()).isFalse();
		assertThat(file.text()).hasSizeLessThanOrEqualTo(30).contains(ID_NUMBER).doesNotContain("third");
	}

	@Test
	void aCleanFileLeavesNothing() {
		PreparedFile file = PdfFile.prepare(TestFiles.pdf("Decision of non-prosecution.", "Second page."), LIMIT);
		assertThat(file.status()).isEqualTo(TextStatus.COMPLETE);
		assertThat(remaining(file)).isEmpty();
	}

	private List<String> remaining(PreparedFile file) {
		return this.scanner.check(file.text(), List.of(), List.of()).labels();
	}

}
