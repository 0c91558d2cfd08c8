package cn.jianwu.reports.score;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import cn.jianwu.reports.api.score.ScoreRow;
import cn.jianwu.reports.api.score.ScoreSheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The score sheet as files for the performance review: CSV for any tool, XLSX for Excel.
 */
final class ScoreExports {

	/** Excel reads UTF-8 CSV only after a byte-order mark. */
	private static final String BOM = "\uFEFF";

	private ScoreExports() {
	}

	static void csv(ScoreSheet sheet, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BOM);
		List<ScoreColumns> columns = ScoreColumns.all();
		writer.write(String.join(",", columns.stream().map(ScoreColumns::header).toList()));
		writer.write("\r\n");
		for (ScoreRow row : sheet.rows()) {
			writer.write(String.join(",", columns.stream().map((column) -> csvCell(column.value(row))).toList()));
			writer.write("\r\n");
		}
		writer.flush();
	}

	static void xlsx(ScoreSheet sheet, String title, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "report-service", "1.0");
		Worksheet worksheet = workbook.newWorksheet(sheet.year() + "年考核");
		List<ScoreColumns> columns = ScoreColumns.all();
		worksheet.value(0, 0, title);
		worksheet.style(0, 0).bold().set();
		for (int c = 0; c < columns.size(); c++) {
			worksheet.value(1, c, columns.get(c).header());
			worksheet.style(1, c).bold().set();
		}
		int r = 2;
		for (ScoreRow row : sheet.rows()) {
			for (int c = 0; c < columns.size(); c++) {
				Object value = columns.get(c).value(row);
				if (value instanceof String text) {
					worksheet.value(r, c, text);
				}
				else if (value instanceof Double rate) {
					worksheet.value(r, c, rate);
					worksheet.style(r, c).format("0.0%").set();
				}
				else if (value instanceof Number number) {
					worksheet.value(r, c, number);
				}
			}
			r++;
		}
		workbook.finish();
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double rate) {
			return String.format(Locale.ROOT, "%.1f%%", rate * 100);
		}
		String text = value.toString();
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		// a cell starting like a formula is read as text, not run (CSV injection)
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
