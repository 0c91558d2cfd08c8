package cn.jianwu.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReportPdfTest {

	private final PdfFonts fonts = new PdfFonts(new PdfProperties(null,
			List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
					Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
					Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))));

	@Test
	void writesChineseTextTablesAcrossPagesAndCharts() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of(Integer.toString(i), "关于第" + i + "号事项的公开，内容较长需要在单元格内换行显示以便阅读", "公诉部"));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ReportPdf pdf = ReportPdf.start(this.fonts, "测试报告", Instant.parse("2026-12-01T00:00:00Z"))) {
			pdf.title("某某区人民检察院2026年检务公开工作年度报告")
				.subtitle("2026年1月1日至12月31日")
				.heading("一、总体情况")
				.paragraph("本院坚持以公开为常态、不公开为例外。\n第二段落😀。")
				.table(new PdfTable(List.of("序号", "事项", "部门"), List.of(1f, 6f, 2f), rows))
				.barChart("各渠道查询量", List.of(PdfBar.count("网上查询", 120), PdfBar.count("电话查询", 30)));
			pdf.writeTo(out);
		}
		// kept for a reader who wants to look at the layout
		Files.write(Path.of("target", "report-pdf-test.pdf"), out.toByteArray());
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getNumberOfPages()).as("120 wrapped rows span pages").isGreaterThan(2);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("测试报告");
			assertThat(text).contains("检务公开工作年度报告", "一、总体情况", "第120号事项", "网上查询", "第 1 页");
			assertThat(text).as("a character the font lacks is shown as ?").contains("第二段落?");
			assertThat(text.indexOf("序号")).isNotEqualTo(text.lastIndexOf("序号"))
				.as("the header is repeated on the next page");
		}
	}

	@Test
	void saysWhatToInstallWhenNoChineseFontIsThere() {
		PdfFonts none = new PdfFonts(new PdfProperties(null, List.of(Path.of("/nonexistent/font.ttc"))));
		assertThatExceptionOfType(PdfFontMissingException.class)
			.isThrownBy(() -> ReportPdf.start(none, "x", Instant.EPOCH))
			.withMessageContaining("fonts-wqy-microhei");
	}

}
