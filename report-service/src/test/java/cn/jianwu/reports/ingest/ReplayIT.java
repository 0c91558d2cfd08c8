package cn.jianwu.reports.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.events.WechatActivityRecorded;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read model rebuilt from offset 0 (docs/reports.md "Replay") gives the same figures:
 * the test sends a department's quarter of events, takes its figures from the read model,
 * has an administrator rebuild it through the endpoint the operator uses, and takes them
 * again. A row no event wrote is gone afterwards, so the tables were really emptied and
 * refilled.
 */
class ReplayIT extends ReportIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String department = "重放科-" + UUID.randomUUID().toString().substring(0, 8);

	// a moment of its own, far from other tests' rows, for the tables without a
	// department or item
	private final Instant at = Instant.parse("2040-01-01T00:00:00Z")
		.plusSeconds(ThreadLocalRandom.current().nextLong(0, 300L * 24 * 3600) * 60);

	private final int year = 2200 + ThreadLocalRandom.current().nextInt(5000);

	private final String caseNumber = "重放-" + UUID.randomUUID();

	private final String messageId = "replay-" + UUID.randomUUID();

	@Test
	void aRebuildFromOffsetZeroGivesTheSameFigures() throws Exception {
		PlatformEvents.send(events());
		Map<String, Long> expected = Map.ofEntries(Map.entry("revisions", 4L), Map.entry("revised", 1L),
				Map.entry("withdrawals", 1L), Map.entry("approvals", 3L), Map.entry("rejections", 1L),
				Map.entry("delivered", 3L), Map.entry("failed", 1L), Map.entry("progress", 2L),
				Map.entry("queries", 5L), Map.entry("lockouts", 1L), Map.entry("bindings", 2L), Map.entry("hall", 1L),
				Map.entry("daysOff", 2L));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures()).isEqualTo(expected));
		this.jdbc.update("""
				INSERT INTO item_revision (item_id, revision, category, title, body, department, visibility, channels,
				                           published_at, attachments)
				VALUES (?, 1, 'GOVERNMENT_AFFAIRS', '无事件的行', '<p>无</p>', ?, 'PUBLIC', '{portal}', now(), '[]')""",
				UUID.randomUUID().toString(), this.department);
		assertThat(figures().get("revisions")).isEqualTo(5L);

		HttpResponse<String> started = send("POST", admin());
		assertThat(started.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			HttpResponse<String> progress = send("GET", admin());
			assertThat(progress.statusCode()).isEqualTo(200);
			assertThat(progress.body()).contains("\"state\":\"DONE\"");
		});

		assertThat(figures()).isEqualTo(expected);
		// every table the events feed was refilled (the ledger only if the read model
		// keeps one)
		for (String table : Replay.TABLES.subList(1, Replay.TABLES.size())) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
		}
	}

	@Test
	void onlyAnAdministratorRebuilds() throws Exception {
		String supervisor = TestStaffTokens.token("supervisor1", "监督员", "监督小组", "SUPERVISOR", "CHIEF");
		HttpResponse<String> refused = send("POST", supervisor);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(send("POST", null).statusCode()).isEqualTo(401);
	}

	private List<PlatformEvent> events() {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		String third = UUID.randomUUID().toString();
		DisclosurePublished one = published(first, 1);
		DisclosurePublished two = published(second, 1);
		DisclosurePublished twoAgain = published(second, 2);
		DisclosurePublished three = published(third, 1);
		return List.of(step(first, WorkflowAction.REJECT), step(first, WorkflowAction.APPROVE), one,
				step(second, WorkflowAction.APPROVE), two,
				new DisclosureRevised(second, 2, 1, twoAgain.category(), null, twoAgain.title(), twoAgain.summary(),
						twoAgain.body(), this.department, Visibility.PUBLIC, twoAgain.channels(),
						this.at.plusSeconds(600), twoAgain.portalUrl(), List.of(), null),
				step(third, WorkflowAction.APPROVE), three,
				new DisclosureWithdrawn(third, 1, "内容有误", this.at.plusSeconds(900)),
				delivery(first, DeliveryStatus.DELIVERED), delivery(second, DeliveryStatus.DELIVERED),
				delivery(third, DeliveryStatus.FAILED), delivery(third, DeliveryStatus.DELIVERED),
				// the same revision again, as a channel's redelivery brings it
				one, new CaseProgressed(this.caseNumber, "受理", LocalDate.of(2040, 1, 2)),
				new CaseProgressed(this.caseNumber, "审查起诉", LocalDate.of(2040, 2, 2)), query("SUCCESS", false),
				query("SUCCESS", false), query("WRONG_ID", false), query("LOCKED", true), query("UNKNOWN_CODE", false),
				wechat(WechatActivity.CASE_BOUND), wechat(WechatActivity.BOOKING_BOUND),
				wechat(WechatActivity.NOTICE_SENT),
				new HallMessageAnswered(this.messageId, MessageKind.CONSULTATION, SubmissionChannel.WEB, this.at, true,
						3),
				new HallCalendarPublished(this.year,
						List.of(LocalDate.of(this.year, 1, 1), LocalDate.of(this.year, 5, 1)), List.of(), this.at));
	}

	private DisclosurePublished published(String item, int revision) {
		return new DisclosurePublished(item, revision, Category.GOVERNMENT_AFFAIRS, null, "标题" + revision, "摘要",
				"<p>正文</p>", this.department, Visibility.PUBLIC, List.of(Channel.PORTAL, Channel.WECHAT),
				this.at.plusSeconds(revision * 60L), "http://localhost:8080/items/" + item, List.of(), null);
	}

	private DisclosureStepRecorded step(String item, WorkflowAction action) {
		return new DisclosureStepRecorded(item, 1, action, "head1", "SECTION_HEAD", this.department, this.department,
				Category.GOVERNMENT_AFFAIRS, null, false, null, "PENDING_REVIEW",
				(action == WorkflowAction.REJECT) ? "DRAFT" : "APPROVED",
				(action == WorkflowAction.REJECT) ? "请补充依据" : null, this.at);
	}

	private ChannelDeliveryReported delivery(String item, DeliveryStatus status) {
		return new ChannelDeliveryReported(item, 1, Channel.WECHAT, status, (status == DeliveryStatus.FAILED) ? 1 : 2,
				null, (status == DeliveryStatus.FAILED) ? "超时" : null, this.at.plusSeconds(120));
	}

	private CaseQueried query(String outcome, boolean lockedNow) {
		return new CaseQueried(UUID.randomUUID().toString(), "WEB", outcome, lockedNow, this.at);
	}

	private WechatActivityRecorded wechat(WechatActivity activity) {
		return new WechatActivityRecorded(UUID.randomUUID().toString(), activity, this.at);
	}

	/** The department's figures, counted straight from the read model's tables. */
	private Map<String, Long> figures() {
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("revisions", count("item_revision where department = ?", this.department));
		figures.put("revised",
				count("item_revision where department = ? and replaces_revision is not null", this.department));
		figures.put("withdrawals", count(
				"item_withdrawal w where exists (select 1 from item_revision r where r.item_id = w.item_id and r.department = ?)",
				this.department));
		figures.put("approvals", count("workflow_step where department = ? and action = 'APPROVE'", this.department));
		figures.put("rejections", count("workflow_step where department = ? and action = 'REJECT'", this.department));
		figures.put("delivered", count(
				"delivery_report d where status = 'DELIVERED' and exists (select 1 from item_revision r where r.item_id = d.item_id and r.department = ?)",
				this.department));
		figures.put("failed", count(
				"delivery_report d where status = 'FAILED' and exists (select 1 from item_revision r where r.item_id = d.item_id and r.department = ?)",
				this.department));
		figures.put("progress", count("case_progress where case_number = ?", this.caseNumber));
		figures.put("queries", count("case_query where at = ?", java.sql.Timestamp.from(this.at)));
		figures.put("lockouts", count("case_query where locked_now and at = ?", java.sql.Timestamp.from(this.at)));
		figures.put("bindings",
				count("wechat_activity where activity like '%BOUND' and at = ?", java.sql.Timestamp.from(this.at)));
		figures.put("hall",
				count("hall_event where subject_id = ? and (payload ->> 'withinLimit')::boolean", this.messageId));
		figures.put("daysOff",
				this.jdbc.queryForObject(
						"select coalesce(max(cardinality(days_off)), 0) from calendar_year where year = ?", Long.class,
						this.year));
		return figures;
	}

	private long count(String from, Object param) {
		return this.jdbc.queryForObject("select count(*) from " + from, Long.class, param);
	}

	private String admin() {
		return TestStaffTokens.token("admin", "管理员", "办公室", "ADMIN");
	}

	private HttpResponse<String> send(String method, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + ReplayController.PATH))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
