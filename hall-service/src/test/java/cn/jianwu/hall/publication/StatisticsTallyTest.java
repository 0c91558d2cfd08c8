package cn.jianwu.hall.publication;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.publication.Figures;
import cn.jianwu.hall.api.publication.MessageStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTallyTest {

	@Test
	void countsEachMessageInTheYearItsKindAndItsMonth() {
		MessageStatistics statistics = new StatisticsTally(2031)
			.add(new StatisticsTally.Counted(MessageKind.COMPLAINT, 1, true, true, 10))
			.add(new StatisticsTally.Counted(MessageKind.COMPLAINT, 1, true, false, 70))
			.add(new StatisticsTally.Counted(MessageKind.CONSULTATION, 3, true, true, 5))
			.add(new StatisticsTally.Counted(MessageKind.CONSULTATION, 12, false, false, null))
			.statistics();
		assertThat(statistics.year()).isEqualTo(2031);
		assertThat(statistics.total()).isEqualTo(new Figures(4, 3, 2, 28.3));
		assertThat(statistics.byKind()).hasSize(MessageKind.values().length);
		assertThat(statistics.byKind().get(MessageKind.COMPLAINT)).isEqualTo(new Figures(2, 2, 1, 40.0));
		assertThat(statistics.byKind().get(MessageKind.CONSULTATION)).isEqualTo(new Figures(2, 1, 1, 5.0));
		assertThat(statistics.byKind().get(MessageKind.REPORT)).isEqualTo(new Figures(0, 0, 0, 0));
		assertThat(statistics.byMonth()).hasSize(12);
		assertThat(statistics.byMonth().get(0)).isEqualTo(new Figures(2, 2, 1, 40.0));
		assertThat(statistics.byMonth().get(2)).isEqualTo(new Figures(1, 1, 1, 5.0));
		assertThat(statistics.byMonth().get(11)).isEqualTo(new Figures(1, 0, 0, 0));
		assertThat(statistics.byMonth().get(5)).isEqualTo(new Figures(0, 0, 0, 0));
	}

	@Test
	void theAverageLeavesOutAnsweredMessagesWhoseDaysAreUnknown() {
		MessageStatistics statistics = new StatisticsTally(2031)
			.add(new StatisticsTally.Counted(MessageKind.SUGGESTION, 6, true, true, 3))
			.add(new StatisticsTally.Counted(MessageKind.SUGGESTION, 6, true, false, null))
			.statistics();
		assertThat(statistics.total()).isEqualTo(new Figures(2, 2, 1, 3.0));
	}

	@Test
	void anEmptyYearHasZerosEverywhere() {
		MessageStatistics statistics = new StatisticsTally(2030).statistics();
		assertThat(statistics.total()).isEqualTo(new Figures(0, 0, 0, 0));
		assertThat(statistics.byMonth()).containsOnly(new Figures(0, 0, 0, 0));
		assertThat(statistics.byKind().values()).containsOnly(new Figures(0, 0, 0, 0));
	}

}
