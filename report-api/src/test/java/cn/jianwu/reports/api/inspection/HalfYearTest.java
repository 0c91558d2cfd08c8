package cn.jianwu.reports.api.inspection;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HalfYearTest {

	@Test
	void readsAndWritesTheWayPathsSpellIt() {
		HalfYear h2 = HalfYear.parse("2026H2");
		assertThat(h2).isEqualTo(new HalfYear(2026, 2));
		assertThat(h2.toString()).isEqualTo("2026H2");
		assertThat(h2.label()).isEqualTo("2026年下半年");
		assertThat(h2.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(h2.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(HalfYear.parse("2027H1").previous()).isEqualTo(h2);
		assertThat(HalfYear.parse("2027H1").lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(HalfYear.of(LocalDate.of(2026, 6, 30))).isEqualTo(HalfYear.parse("2026H1"));
		assertThat(HalfYear.of(LocalDate.of(2026, 7, 1))).isEqualTo(h2);
	}

	@Test
	void refusesWhatIsNoHalfYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.parse("2026H3"));
		assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.parse("2026Q2"));
		assertThatIllegalArgumentException().isThrownBy(() -> HalfYear.parse(null));
	}

}
