package cn.jianwu.disclosure.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF text comes out for the redaction check; a file that cannot be read has none. */
class PdfTextTest {

	@Test
	void extractsTheTextOfEveryPage() {
		byte[] pdf = TestFiles.pdf("ID 14010519850312457X", "Phone 13803512468");
		assertThat(PdfText.extract(pdf, 200, 1_000_000))
			.hasValueSatisfying((text) -> assertThat(text).contains("14010519850312457X").contains("13803512468"));
	}

	@Test
	void readsNoMoreThanTheFirstPagesAndCharacters() {
		byte[] pdf = TestFiles.pdf("first page", "second page", "third page");
		assertThat(PdfText.extract(pdf, 2, 1_000_000)).hasValueSatisfying(
				(text) -> assertThat(text).contains("first page", "second page").doesNotContain("third"));
		assertThat(PdfText.extract(pdf, 200, 8)).contains("first pa");
	}

	@Test
	void aFileWithoutTextHasNone() {
		assertThat(PdfText.extract(TestFiles.pdf(" "), 200, 1_000_000)).isEmpty();
	}

	@Test
	void brokenFilesHaveNoTextAndNoError() {
		byte[] pdf = TestFiles.pdf("Decision of non-prosecution");
		assertThat(PdfText.extract(Arrays.copyOf(pdf, pdf.length / 2), 200, 1_000_000))
			.as("truncated file: either its text or nothing, never an error")
			.satisfiesAnyOf((text) -> assertThat(text).isEmpty(),
					(text) -> assertThat(text.get()).contains("Decision"));
		assertThat(PdfText.extract("%PDF-1.7\nthis is not a PDF".getBytes(StandardCharsets.US_ASCII), 200, 1000))
			.isEmpty();
		assertThat(PdfText.extract(new byte[0], 200, 1000)).isEmpty();
	}

	@Test
	void passwordProtectedFilesHaveNoText() {
		assertThat(PdfText.extract(TestFiles.encryptedPdf("secret", "ID 14010519850312457X"), 200, 1000)).isEmpty();
	}

}
