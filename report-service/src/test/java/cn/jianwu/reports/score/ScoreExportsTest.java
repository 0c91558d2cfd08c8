package cn.jianwu.reports.score;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.jianwu.reports.api.score.ScoreRow;
import cn.jianwu.reports.api.score.ScoreSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreExportsTest {

	private final ScoreSheet sheet = new ScoreSheet(2026, LocalDate.of(2026, 12, 7),
			List.of(new ScoreRow("行装科", 4, 3, 0, 1, 0.75, 12, 1, 0, 2, 1),
					new ScoreRow("=HYPERLINK(\"x\"),部", 0, 0, 0, 0, null, 0, 0, 0, 0, 0)));

	@Test
	void theCsvOpensInExcelWithChineseHeadersAndCannotRunFormulas() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ScoreExports.csv(this.sheet, out);
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFF部门,应公开任务数,按时公开,逾期后公开,逾期未公开,按时公开率,发布事项数,更正次数,撤回次数,审批退回次数,脱敏拦截次数");
		assertThat(lines[1]).isEqualTo("行装科,4,3,0,1,75.0%,12,1,0,2,1");
		assertThat(lines[2]).as("quoted for the comma; no rate when nothing was due")
			.isEqualTo("\"=HYPERLINK(\"\"x\"\"),部\",0,0,0,0,,0,0,0,0,0");
	}

	@Test
	void theXlsxIsAWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ScoreExports.xlsx(this.sheet, "2026年度检务公开考核表", out);
		byte[] bytes = out.toByteArray();
		assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("xl/worksheets/sheet1.xml");
	}

}
