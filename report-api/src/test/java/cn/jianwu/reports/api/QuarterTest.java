package cn.jianwu.reports.api;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuarterTest {

	@Test
	void readsAndWritesTheWayPathsSpellIt() {
		Quarter q4 = Quarter.parse("2026Q4");
		assertThat(q4).isEqualTo(new Quarter(2026, 4));
		assertThat(q4.toString()).isEqualTo("2026Q4");
		assertThat(q4.label()).isEqualTo("2026年第四季度");
		assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(q4.next()).isEqualTo(Quarter.parse("2027Q1"));
		assertThat(Quarter.parse("2026Q1").lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(Quarter.of(LocalDate.of(2026, 5, 31))).isEqualTo(Quarter.parse("2026Q2"));
	}

	@Test
	void refusesWhatIsNoQuarter() {
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026Q5"));
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026-4"));
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse(null));
	}

}
