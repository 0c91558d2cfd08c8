package cn.jianwu.disclosure.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unreadable is not clean: a PDF that cannot be read in full says why, and one that
 * cannot be opened is kept as uploaded.
 */
class PdfFileTest {

	@Test
	void anEncryptedFileIsNotReadAndIsKeptAsUploaded() {
		byte[] pdf = TestFiles.encryptedPdf("secret", "ID " + PdfTextTest.ID_NUMBER);
		PreparedFile file = PdfFile.prepare(pdf, 1000);
		assertThat(file.status()).isEqualTo(TextStatus.ENCRYPTED);
		assertThat(file.status().automatic()).isFalse();
		assertThat(file.text()).isNull();
		assertThat(file.published()).isEqualTo(pdf);
	}

	@Test
	void aFileCutOffIsUnreadableEvenThoughPdfBoxWouldRepairIt() {
		byte[] pdf = TestFiles.longPdf(20, "ID " + PdfTextTest.ID_NUMBER);
		byte[] truncated = Arrays.copyOf(pdf, pdf.length * 2 / 3);
		PreparedFile file = PdfFile.prepare(truncated, 1000);
		assertThat(file.status()).isEqualTo(TextStatus.UNREADABLE);
		assertThat(file.published()).isEqualTo(truncated);
	}

	@Test
	void whatIsNoPdfIsUnreadable() {
		assertThat(PdfFile.prepare("%PDF-1.7\nthis is not a PDF\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 1000)
			.status()).isEqualTo(TextStatus.UNREADABLE);
		assertThat(PdfFile.prepare(new byte[0], 1000).status()).isEqualTo(TextStatus.UNREADABLE);
	}

	@Test
	void aScanHasNoText() {
		PreparedFile file = PdfFile.prepare(TestFiles.scannedPdf(), 1000);
		assertThat(file.status()).isEqualTo(TextStatus.NO_TEXT);
		assertThat(file.status().automatic()).isFalse();
	}

	@Test
	void aBlankFileHasNoText() {
		assertThat(PdfFile.prepare(TestFiles.pdf(" "), 1000).status()).isEqualTo(TextStatus.NO_TEXT);
	}

	@Test
	void onlyImagesAndCompletelyReadFilesPassWithoutAPerson() {
		assertThat(Arrays.stream(TextStatus.values()).filter(TextStatus::automatic))
			.containsExactlyInAnyOrder(TextStatus.COMPLETE, TextStatus.IMAGE);
	}

}
