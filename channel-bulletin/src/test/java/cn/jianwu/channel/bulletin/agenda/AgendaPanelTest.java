package cn.jianwu.channel.bulletin.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaPanelTest {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

	@Test
	void linesReadAsTimesTitlesAndPlacesInTimeOrder() {
		Agenda agenda = new Agenda(DAY, List.of(line(14, 0, 14, 30, "律师阅卷", "律师接待", "二楼案件管理部"),
				line(9, 30, 10, 0, "控告申诉来访接待", "来访接待", "一楼接待室")), null);

		AgendaPanel panel = AgendaPanel.of(agenda);

		assertThat(panel.date()).isEqualTo("2026-12-08");
		assertThat(panel.dateLabel()).isEqualTo("12月8日 星期二");
		assertThat(panel.lines()).containsExactly(new AgendaPanel.Line("09:30–10:00", "控告申诉来访接待", "来访接待", "一楼接待室"),
				new AgendaPanel.Line("14:00–14:30", "律师阅卷", "律师接待", "二楼案件管理部"));
		assertThat(panel.nextOpenDay()).isNull();
	}

	@Test
	void theNextOpenDayCarriesItsDateAndMissingWordsStayEmpty() {
		AgendaLine openDay = new AgendaLine(LocalDateTime.of(2026, 12, 12, 9, 0),
				LocalDateTime.of(2026, 12, 12, 11, 30), "检察开放日", "检察开放日", null);

		AgendaPanel panel = AgendaPanel.of(new Agenda(DAY, List.of(), openDay));

		assertThat(panel.lines()).isEmpty();
		assertThat(panel.nextOpenDay()).isEqualTo(new AgendaPanel.Line("12月12日 09:00–11:30", "检察开放日", "检察开放日", ""));
	}

	@Test
	void anActivityOverSeveralDaysShowsTheEndsDateAndOneWithoutEndItsStart() {
		AgendaLine twoDays = new AgendaLine(LocalDateTime.of(2026, 12, 12, 9, 0), LocalDateTime.of(2026, 12, 13, 12, 0),
				"检察开放周", "检察开放日", "本院");
		AgendaLine noEnd = new AgendaLine(LocalDateTime.of(2026, 12, 8, 15, 0), null, "检察长接待日", "检察长接待", "接待室");

		AgendaPanel panel = AgendaPanel.of(new Agenda(DAY, List.of(noEnd), twoDays));

		assertThat(panel.nextOpenDay().time()).isEqualTo("12月12日 09:00–12月13日 12:00");
		assertThat(panel.lines()).singleElement().extracting(AgendaPanel.Line::time).isEqualTo("15:00");
	}

	@Test
	void beforeHallServiceAnsweredThePanelIsTheDayWithoutLines() {
		AgendaPanel panel = AgendaPanel.empty(LocalDate.of(2026, 12, 13));

		assertThat(panel.dateLabel()).isEqualTo("12月13日 星期日");
		assertThat(panel.lines()).isEmpty();
		assertThat(panel.nextOpenDay()).isNull();
	}

	private static AgendaLine line(int h1, int m1, int h2, int m2, String title, String kind, String place) {
		return new AgendaLine(DAY.atTime(h1, m1), DAY.atTime(h2, m2), title, kind, place);
	}

}
