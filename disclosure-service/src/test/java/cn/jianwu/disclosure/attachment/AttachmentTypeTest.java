package cn.jianwu.disclosure.attachment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of an attachment is what its bytes are, whatever it is called. */
class AttachmentTypeTest {

	@Test
	void realFilesAreRecognisedByTheirContent() {
		assertThat(AttachmentType.detect(TestFiles.pdf("Decision"))).contains(AttachmentType.PDF);
		assertThat(AttachmentType.detect(TestFiles.png(8, 8))).contains(AttachmentType.PNG);
		assertThat(AttachmentType.detect(TestFiles.jpeg(8, 8))).contains(AttachmentType.JPEG);
		assertThat(AttachmentType.PDF.mediaType()).isEqualTo("application/pdf");
		assertThat(AttachmentType.PNG.mediaType()).isEqualTo("image/png");
		assertThat(AttachmentType.JPEG.mediaType()).isEqualTo("image/jpeg");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "MZ\u0090\u0000 this program cannot be run in DOS mode", // a
																						// Windows
																						// executable
			"<!DOCTYPE html><html><script>alert(1)</script></html>", // a web page
			"PK\u0003\u0004 zip", // ZIP, and so DOCX, XLSX, JAR
			"GIF89a", // a GIF: not accepted
			"RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", // WebP: not accepted
			"\u007fELF", // a Linux executable
			"%PDF", // too short to be a PDF
			"%PDF-x", // no version
			" %PDF-1.7", // the header must come first
			"{\"pdf\":\"%PDF-1.7\"}", "" })
	void everythingElseIsRefused(String content) {
		assertThat(AttachmentType.detect(content.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	@Test
	void truncatedSignaturesAreRefused() {
		byte[] png = TestFiles.png(8, 8);
		assertThat(AttachmentType.detect(java.util.Arrays.copyOf(png, 7))).isEmpty();
		assertThat(AttachmentType.detect(new byte[] { (byte) 0xff, (byte) 0xd8 })).isEmpty();
	}

}
