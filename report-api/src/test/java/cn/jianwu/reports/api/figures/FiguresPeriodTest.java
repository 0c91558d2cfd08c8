package cn.jianwu.reports.api.figures;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiguresPeriodTest {

	@Test
	void aMonthIsItsDaysAndComparesWithTheMonthBefore() {
		FiguresPeriod march = FiguresPeriod.parse("2028-03");
		assertThat(march.firstDay()).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(march.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
		assertThat(march.label()).isEqualTo("2028年3月");
		assertThat(march.previous()).hasToString("2028-02");
		assertThat(march.previous().lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(FiguresPeriod.parse("2028-01").previous()).hasToString("2027-12");
	}

	@Test
	void aQuarterComparesWithTheQuarterBefore() {
		FiguresPeriod first = FiguresPeriod.parse("2033Q1");
		assertThat(first.firstDay()).isEqualTo(LocalDate.of(2033, 1, 1));
		assertThat(first.lastDay()).isEqualTo(LocalDate.of(2033, 3, 31));
		assertThat(first.label()).isEqualTo("2033年第一季度");
		assertThat(first.previous()).hasToString("2032Q4");
		assertThat(first.previous().firstDay()).isEqualTo(LocalDate.of(2032, 10, 1));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "2026-13", "2026-00", "2026-1", "2026Q5", "2026", "Q4", "2026-11-01" })
	void refusesAnythingElseInChinese(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FiguresPeriod.parse(text))
			.withMessageContaining("2026-11");
	}

}
