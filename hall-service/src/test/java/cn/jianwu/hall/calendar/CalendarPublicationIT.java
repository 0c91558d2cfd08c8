package cn.jianwu.hall.calendar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.EventType;
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-day calendar reaches {@code hall.events} whenever an administrator enters a
 * year, and once for a year that was never published, however many instances start.
 */
class CalendarPublicationIT extends HallIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	UnpublishedYears unpublishedYears;

	@Test
	void aYearAnAdministratorEntersIsPublishedWithItsDaysOffAndItsWorkingWeekendDays() throws Exception {
		int year = ThreadLocalRandom.current().nextInt(2060, 2100);
		Instant start = Instant.now();
		// a Thursday and Friday off, the Saturday before worked (调休), and a holiday
		// Sunday
		LocalDate thursday = LocalDate.of(year, 10, 1).with(java.time.DayOfWeek.THURSDAY);
		LocalDate friday = thursday.plusDays(1);
		LocalDate sunday = thursday.plusDays(3);
		LocalDate workedSaturday = thursday.minusDays(5);
		String body = """
				{"year":%d,"holidays":["%s","%s","%s"],"workdays":["%s"],"published":true}
				""".formatted(year, thursday, friday, sunday, workedSaturday);

		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/hall/staff/calendar/" + year))
					.header("Authorization", "Bearer " + TestStaffTokens.admin())
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		TestEvents.Keyed published = awaitCalendar(year, start).get(0);
		assertThat(published.key()).isEqualTo(Integer.toString(year));
		assertThat(published.event().type()).isEqualTo(EventType.HALL_CALENDAR_PUBLISHED.ceType());
		HallCalendarPublished calendar = (HallCalendarPublished) published.event().payload();
		assertThat(calendar.daysOff()).containsExactly(thursday, friday, sunday);
		assertThat(calendar.workingDays()).containsExactly(workedSaturday);
		assertThat(this.jdbc.queryForObject("SELECT published_at IS NOT NULL FROM calendar_year WHERE year = ?",
				Boolean.class, year))
			.isTrue();
	}

	@Test
	void aYearNeverPublishedIsPublishedOnceEvenWhenTwoInstancesStartTogether() {
		int year = ThreadLocalRandom.current().nextInt(2030, 2060);
		LocalDate newYear = LocalDate.of(year, 1, 1);
		LocalDate workedSunday = LocalDate.of(year, 2, 1).with(java.time.DayOfWeek.SUNDAY);
		// as Flyway seeded 2025 and 2026: rows, but never published
		this.jdbc.update("DELETE FROM calendar_day WHERE year = ?", year);
		this.jdbc.update("""
				INSERT INTO calendar_year (year, updated_by, updated_at, published_at) VALUES (?, 'flyway', now(), NULL)
				ON CONFLICT (year) DO UPDATE SET published_at = NULL
				""", year);
		this.jdbc.update("INSERT INTO calendar_day (day, year, working) VALUES (?, ?, false), (?, ?, true)", newYear,
				year, workedSunday, year);
		Instant start = Instant.now();

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.unpublishedYears.run(null));
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> this.unpublishedYears.run(null));
		CompletableFuture.allOf(first, second).join();

		List<TestEvents.Keyed> published = awaitCalendar(year, start);
		assertThat(published).hasSize(1);
		HallCalendarPublished calendar = (HallCalendarPublished) published.get(0).event().payload();
		assertThat(calendar.daysOff()).containsExactly(newYear);
		assertThat(calendar.workingDays()).containsExactly(workedSunday);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM calendar_year WHERE published_at IS NULL",
				Integer.class))
			.isZero();
	}

	private static List<TestEvents.Keyed> awaitCalendar(int year, Instant since) {
		return TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallCalendarPublished calendar && calendar.year() == year
						&& !calendar.publishedAt().isBefore(since),
				Duration.ofSeconds(30));
	}

}
