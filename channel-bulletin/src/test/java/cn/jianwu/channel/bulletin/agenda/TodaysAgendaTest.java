package cn.jianwu.channel.bulletin.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TodaysAgendaTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final FakeHall hall = new FakeHall();

	private final List<Object> published = new ArrayList<>();

	@Test
	void aNewAgendaIsPublishedOnceAndAnUnchangedOneNotAgain() {
		TodaysAgenda agenda = agenda(Duration.ofMinutes(5));
		this.hall.answer = agendaWith("律师阅卷");

		agenda.keepCurrent();
		agenda.changed(today(), Instant.now());

		assertThat(agenda.current().lines()).extracting(AgendaPanel.Line::title).containsExactly("律师阅卷");
		assertThat(this.published).hasSize(1);
		assertThat(this.hall.calls).isEqualTo(2);
	}

	@Test
	void aFailedFetchKeepsTheLastAgendaAndIsTriedAgain() {
		TodaysAgenda agenda = agenda(Duration.ofMinutes(5));
		this.hall.answer = agendaWith("律师阅卷");
		agenda.keepCurrent();

		this.hall.answer = null;
		agenda.changed(today(), Instant.now());
		assertThat(agenda.current().lines()).extracting(AgendaPanel.Line::title).containsExactly("律师阅卷");

		this.hall.answer = agendaWith("检察长接待日");
		agenda.keepCurrent();
		assertThat(agenda.current().lines()).extracting(AgendaPanel.Line::title).containsExactly("检察长接待日");
		assertThat(this.published).hasSize(2);
	}

	@Test
	void aChangeOfAPastDayOrOneTheLastFetchAlreadySawFetchesNothing() {
		TodaysAgenda agenda = agenda(Duration.ofMinutes(5));
		this.hall.answer = agendaWith("律师阅卷");
		agenda.keepCurrent();

		agenda.changed(today().minusDays(1), Instant.now());
		agenda.changed(today(), Instant.now().minus(Duration.ofMinutes(1)));
		agenda.keepCurrent();

		assertThat(this.hall.calls).isEqualTo(1);
		agenda.changed(today().plusDays(3), Instant.now());
		assertThat(this.hall.calls).as("a later day's activity may be the next open day").isEqualTo(2);
	}

	@Test
	void anAgendaOlderThanItsMaximumAgeIsFetchedAgainWithoutAnEvent() {
		TodaysAgenda agenda = agenda(Duration.ZERO);
		this.hall.answer = agendaWith("律师阅卷");

		agenda.keepCurrent();
		agenda.keepCurrent();

		assertThat(this.hall.calls).isEqualTo(2);
	}

	private TodaysAgenda agenda(Duration maxAge) {
		return new TodaysAgenda(this.hall, this.published::add, new InstitutionProperties("测试院", "12309", ZONE),
				new AgendaProperties("http://127.0.0.1:1", Duration.ofSeconds(1), Duration.ofSeconds(30), maxAge));
	}

	private static Agenda agendaWith(String title) {
		LocalDate today = today();
		return new Agenda(today, List.of(new AgendaLine(today.atTime(9, 0), today.atTime(9, 30), title, "接待", "一楼")),
				null);
	}

	private static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** hall-service answering {@link #answer}, or down when it is {@code null}. */
	static final class FakeHall extends HallAgendaClient {

		Agenda answer;

		int calls;

		FakeHall() {
			super(new AgendaProperties("http://127.0.0.1:1", Duration.ofSeconds(1), Duration.ofSeconds(30),
					Duration.ofMinutes(5)));
		}

		@Override
		Agenda agenda(LocalDate date) {
			this.calls++;
			if (this.answer == null) {
				throw new IllegalStateException("hall-service is down");
			}
			return this.answer;
		}

	}

}
