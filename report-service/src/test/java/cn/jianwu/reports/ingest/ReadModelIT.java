package cn.jianwu.reports.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.EventExamples;
import cn.jianwu.events.EventType;
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReadModelIT extends ReportIntegrationTest {

	@Test
	void takesEveryTopicOnceEvenWhenAnEventComesTwice() {
		String item = UUID.randomUUID().toString();
		Instant at = Instant.parse("2026-11-20T02:30:00Z");
		DisclosurePublished published = new DisclosurePublished(item, 1, Category.GOVERNMENT_AFFAIRS, null, "标题", "摘要",
				"<p>正文</p>", "办公室", Visibility.PUBLIC, List.of(Channel.PORTAL, Channel.WEIBO), at,
				"http://localhost:8080/items/" + item, List.of(), "obligation-" + item);
		DisclosureStepRecorded step = new DisclosureStepRecorded(item, 1, WorkflowAction.APPROVE, "leader1",
				"DIVISION_LEADER", "院领导", "办公室", Category.GOVERNMENT_AFFAIRS, null, false, null, "PENDING_APPROVAL",
				"APPROVED", null, at.minusSeconds(60));
		ChannelDeliveryReported delivered = new ChannelDeliveryReported(item, 1, Channel.WEIBO,
				DeliveryStatus.DELIVERED, 1, "4930001", null, at.plusSeconds(5));
		CaseQueried queried = new CaseQueried(UUID.randomUUID().toString(), "HOTLINE", "LOCKED", true, at);
		// published twice: the channels' redelivery and a replay alike bring a revision
		// again
		PlatformEvents.send(published, step, delivered, queried, published);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("item_revision where item_id = ? and obligation_id is not null", item)).isEqualTo(1);
			assertThat(count("workflow_step where item_id = ? and actor_department = '院领导'", item)).isEqualTo(1);
			assertThat(count("delivery_report where item_id = ? and channel = 'weibo'", item)).isEqualTo(1);
			assertThat(count("case_query where channel = 'HOTLINE' and outcome = 'LOCKED' and locked_now "
					+ "and event_id = (select event_id from case_query where at = timestamptz '2026-11-20T02:30:00Z' "
					+ "and outcome = ? limit 1)", "LOCKED"))
				.isPositive();
		});
	}

	@Test
	void keepsTheNewestCalendarOfAYear() {
		HallCalendarPublished older = new HallCalendarPublished(2031, List.of(LocalDate.of(2031, 1, 1)), List.of(),
				Instant.parse("2030-11-01T00:00:00Z"));
		HallCalendarPublished newer = new HallCalendarPublished(2031,
				List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2)), List.of(LocalDate.of(2031, 1, 4)),
				Instant.parse("2030-11-05T00:00:00Z"));
		PlatformEvents.send(newer, older);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc
				.queryForObject("select cardinality(days_off) from calendar_year where year = 2031", Integer.class))
				.isEqualTo(2));
	}

	@Test
	void keepsHallEventsAsTheyCame() {
		PlatformEvents.send(EventExamples.payload(EventType.HALL_MESSAGE_ANSWERED));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count(
					"hall_event where type = 'cn.jianwu.hall.message.answered.v1' and (payload ->> 'withinLimit')::boolean",
					null))
				.isPositive());
	}

	private int count(String from, String param) {
		String sql = "select count(*) from " + from;
		return (param != null) ? this.jdbc.queryForObject(sql, Integer.class, param)
				: this.jdbc.queryForObject(sql, Integer.class);
	}

}
