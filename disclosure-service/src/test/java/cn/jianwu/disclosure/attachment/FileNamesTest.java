package cn.jianwu.disclosure.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The name staff see and the public downloads is the uploaded one, made safe. */
class FileNamesTest {

	@ParameterizedTest(name = "[{index}] {0} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			不起诉决定书.pdf                         | PDF  | 不起诉决定书.pdf
			Decision 2025.PDF                        | PDF  | Decision 2025.pdf
			C:\\Users\\clerk\\Desktop\\决定书.pdf     | PDF  | 决定书.pdf
			/etc/passwd                              | PDF  | passwd.pdf
			../../../x.pdf                           | PDF  | x.pdf
			照片.jpeg                                | JPEG | 照片.jpeg
			照片.JPG                                 | JPEG | 照片.jpg
			x.pdf                                    | PNG  | x.pdf.png
			invoice.exe                              | PDF  | invoice.exe.pdf
			noextension                              | PNG  | noextension.png
			.pdf                                     | PDF  | pdf.pdf
			..                                       | PDF  | 附件.pdf
			''                                       | PDF  | 附件.pdf
			NULL                                     | PDF  | 附件.pdf
			  spaced    out  .pdf                    | PDF  | spaced out.pdf
			name....pdf                              | PDF  | name.pdf
			""")
	void sanitises(String original, AttachmentType type, String expected) {
		assertThat(FileNames.sanitise(original, type)).isEqualTo(expected);
	}

	@Test
	void replacesWhatWindowsForbids() {
		assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.pdf", AttachmentType.PDF)).isEqualTo("a_b_c_d_e_f_g_h.pdf");
	}

	@Test
	void dropsControlAndDirectionCharacters() {
		assertThat(FileNames.sanitise("report\u0000\r\n\u0007.pdf", AttachmentType.PDF)).isEqualTo("report.pdf");
		// U+202E RIGHT-TO-LEFT OVERRIDE would show "invoice\u202Efdp.exe" as
		// "invoiceexe.pdf".
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("invoicefdp.exe.pdf");
		assertThat(FileNames.sanitise("zero\u200bwidth.pdf", AttachmentType.PDF)).isEqualTo("zerowidth.pdf");
		assertThat(FileNames.sanitise("tab\tname.pdf", AttachmentType.PDF)).isEqualTo("tab name.pdf");
	}

	@Test
	void keepsNamesShortButTheirExtension() {
		String sanitised = FileNames.sanitise("决".repeat(300) + ".pdf", AttachmentType.PDF);
		assertThat(sanitised).isEqualTo("决".repeat(FileNames.MAX_BASE_LENGTH) + ".pdf");
		// A surrogate pair is never cut in half.
		String emoji = FileNames.sanitise("\uD83D\uDCC4".repeat(150) + ".png", AttachmentType.PNG);
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_BASE_LENGTH + 4);
		assertThat(emoji).endsWith("\uD83D\uDCC4.png");
	}

	@Test
	void normalisesUnicode() {
		// "é" as e + combining acute becomes the single code point.
		assertThat(FileNames.sanitise("re\u0301sume\u0301.pdf", AttachmentType.PDF)).isEqualTo("r\u00e9sum\u00e9.pdf");
	}

}
