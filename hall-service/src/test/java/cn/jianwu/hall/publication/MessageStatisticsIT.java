package cn.jianwu.hall.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.message.MessageStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's figures match the rows: on 2014, a past year no other test writes to (the
 * figures refuse years after the next, so a future year cannot serve), counted by the day
 * of receipt in Beijing time (2014 has no holidays entered: weekends only).
 */
class MessageStatisticsIT extends HallIntegrationTest {

	private static final String PREFIX = "IT-STAT-";

	private TestApi api;

	@BeforeEach
	void api() {
		this.api = new TestApi(this.port);
		MessageRows.deleteAll(this.jdbc, PREFIX);
	}

	@AfterEach
	void removeRows() {
		MessageRows.deleteAll(this.jdbc, PREFIX);
	}

	@Test
	void theFiguresOfAYearMatchTheMessagesReceivedInIt() {
		// Monday 6 January, answered two weeks later with 10 working days recorded.
		row(MessageKind.COMPLAINT, MessageStatus.ANSWERED, "2014-01-06T02:00:00Z", "2014-04-08")
			.answered("已答复。", Instant.parse("2014-01-20T02:00:00Z"))
			.workingDays(10)
			.insert(this.jdbc);
		// Midnight of 1 January in Beijing (still 2013 in UTC); referred on Friday 3
		// January, a day late; no days recorded: Thursday and Friday count.
		row(MessageKind.COMPLAINT, MessageStatus.REFERRED, "2013-12-31T16:00:00Z", "2014-01-02")
			.closed(Instant.parse("2014-01-03T01:00:00Z"))
			.insert(this.jdbc);
		// 1 am on Saturday 1 March in Beijing (February in UTC): March. Only its answer's
		// time, Monday 10 March: six working days.
		row(MessageKind.REPORT, MessageStatus.ANSWERED, "2014-02-28T17:00:00Z", "2014-06-02")
			.answeredAtOnly(Instant.parse("2014-03-10T02:00:00Z"))
			.insert(this.jdbc);
		// Still open.
		row(MessageKind.CONSULTATION, MessageStatus.ACKNOWLEDGED, "2014-03-10T02:00:00Z", "2014-03-31")
			.insert(this.jdbc);
		// The last second of the year in Beijing, merged at once.
		row(MessageKind.SUGGESTION, MessageStatus.MERGED, "2014-12-31T15:59:59Z", "2015-03-31")
			.closed(Instant.parse("2014-12-31T15:59:59Z"))
			.workingDays(0)
			.insert(this.jdbc);
		// Not in 2014 in Beijing.
		row(MessageKind.SUGGESTION, MessageStatus.RECEIVED, "2014-12-31T16:00:00Z", "2015-03-31").insert(this.jdbc);
		row(MessageKind.ITEM_FEEDBACK, MessageStatus.RECEIVED, "2013-12-31T15:59:59Z", "2014-03-31").insert(this.jdbc);

		TestApi.Response statistics = this.api.get("/api/public/messages/statistics?year=2014");

		assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
		assertThat(statistics.<Integer>read("$.year")).isEqualTo(2014);
		assertFigures(statistics.read("$.total"), 5, 4, 3, 4.5);
		Map<String, Map<String, Object>> byKind = statistics.read("$.byKind");
		assertThat(byKind).containsOnlyKeys(List.of(MessageKind.values()).stream().map(Enum::name).toList());
		assertFigures(byKind.get("COMPLAINT"), 2, 2, 1, 6.0);
		assertFigures(byKind.get("REPORT"), 1, 1, 1, 6.0);
		assertFigures(byKind.get("CONSULTATION"), 1, 0, 0, 0.0);
		assertFigures(byKind.get("SUGGESTION"), 1, 1, 1, 0.0);
		assertFigures(byKind.get("ITEM_FEEDBACK"), 0, 0, 0, 0.0);
		assertFigures(byKind.get("CALL_RESPONSE"), 0, 0, 0, 0.0);
		List<Map<String, Object>> byMonth = statistics.read("$.byMonth");
		assertThat(byMonth).hasSize(12);
		assertFigures(byMonth.get(0), 2, 2, 1, 6.0);
		assertFigures(byMonth.get(1), 0, 0, 0, 0.0);
		assertFigures(byMonth.get(2), 2, 1, 1, 6.0);
		assertFigures(byMonth.get(11), 1, 1, 1, 0.0);
		for (int month : List.of(3, 4, 5, 6, 7, 8, 9, 10)) {
			assertFigures(byMonth.get(month), 0, 0, 0, 0.0);
		}
	}

	@Test
	void theCurrentYearByDefaultAndNoYearBefore2000OrAfterTheNext() {
		int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(this.api.get("/api/public/messages/statistics").<Integer>read("$.year")).isEqualTo(thisYear);
		assertThat(this.api.get("/api/public/messages/statistics?year=" + (thisYear + 1)).status()).isEqualTo(200);
		for (String year : List.of("1999", String.valueOf(thisYear + 2), "twenty")) {
			TestApi.Response refused = this.api.get("/api/public/messages/statistics?year=" + year);
			assertThat(refused.status()).as(year).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.<String>read("$.title")).isEqualTo("请求参数有误");
		}
		assertThat(this.api.get("/api/public/messages/statistics?year=1999").<String>read("$.detail"))
			.isEqualTo("年份应在2000年到" + (thisYear + 1) + "年之间。");
	}

	private static MessageRows.Row row(MessageKind kind, MessageStatus status, String receivedAt, String answerBy) {
		return MessageRows.message(PREFIX, kind, status)
			.received(Instant.parse(receivedAt))
			.acknowledgeBy(LocalDate.parse(answerBy))
			.answerBy(LocalDate.parse(answerBy));
	}

	private static void assertFigures(Map<String, Object> figures, long received, long answered, long withinLimit,
			double averageWorkingDays) {
		assertThat(((Number) figures.get("received")).longValue()).as("received").isEqualTo(received);
		assertThat(((Number) figures.get("answered")).longValue()).as("answered").isEqualTo(answered);
		assertThat(((Number) figures.get("answeredWithinLimit")).longValue()).as("within limit").isEqualTo(withinLimit);
		assertThat(((Number) figures.get("averageWorkingDays")).doubleValue()).as("average working days")
			.isEqualTo(averageWorkingDays);
	}

}
