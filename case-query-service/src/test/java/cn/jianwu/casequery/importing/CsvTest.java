package cn.jianwu.casequery.importing;

import java.time.DateTimeException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<List<String>> records = Csv.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"line\nbreak\"\n\n,,\r\nlast,,");
		assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"", "line\nbreak"),
				List.of("last", "", ""));
	}

	@Test
	void readsDatesAsCaseSystemsExportThem() {
		assertThat(ImportParser.parseDate("2026-01-05")).hasToString("2026-01-05");
		assertThat(ImportParser.parseDate("2026/1/5")).hasToString("2026-01-05");
		assertThat(ImportParser.parseDate("2026年1月5日")).hasToString("2026-01-05");
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> ImportParser.parseDate("2026-02-30"));
	}

}
