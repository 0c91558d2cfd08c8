package cn.jianwu.reports.figures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.events.WechatActivityRecorded;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;
import cn.jianwu.testsupport.TestStaffTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The figures of a quarter and of its last month equal what the test counts itself from
 * the events it sends, on the institution's days (an event late on the quarter's last
 * evening in Beijing counts, one just after midnight does not). Each run takes a year of
 * its own far in the future, so neither earlier runs nor other tests' rows are counted.
 */
class FiguresIT extends ReportIntegrationTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final List<String> CHANNELS = List.of("WEB", "HOTLINE", "WECHAT", "KIOSK", "DESK");

	private static final List<String> OUTCOMES = List.of("SUCCESS", "SUCCESS", "SUCCESS", "UNKNOWN_CODE", "WRONG_ID",
			"REVOKED", "LOCKED", "THROTTLED", "NOT_FOUND");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Random random = new Random();

	private final int year = 4000 + this.random.nextInt(5000);

	private final String caseManager = TestStaffTokens.token("casemgr1", "案管员", "案件管理部", "CASE_MANAGER");

	@Test
	void aQuarterAndItsLastMonthCountWhatTheEventsSaid() throws Exception {
		List<PlatformEvent> events = new ArrayList<>();
		// the quarter's queries, some on its edges, and the quarter before's
		List<CaseQueried> queries = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			queries.add(query(beijing(LocalDate.of(this.year, 1 + this.random.nextInt(3), 1 + this.random.nextInt(28)),
					this.random.nextInt(24))));
		}
		queries.add(query(beijing(LocalDate.of(this.year, 1, 1), 0)));
		queries.add(query(Instant.parse(this.year + "-03-31T15:59:59Z")));
		List<CaseQueried> before = List.of(query(beijing(LocalDate.of(this.year - 1, 11, 2), 9)),
				query(beijing(LocalDate.of(this.year - 1, 12, 31), 23)));
		CaseQueried after = query(Instant.parse(this.year + "-03-31T16:00:00Z"));
		events.addAll(queries);
		events.addAll(before);
		events.add(after);

		// two legal documents, one corrected; an important case; government affairs do
		// not count
		Instant published = beijing(LocalDate.of(this.year, 2, 10), 10);
		events.add(item("LEGAL_DOCUMENT", Category.CASE_INFO, published));
		DisclosurePublished corrected = item("LEGAL_DOCUMENT", Category.CASE_INFO, published);
		events.add(corrected);
		events.add(new DisclosureRevised(corrected.itemId(), 2, 1, Category.CASE_INFO, "LEGAL_DOCUMENT", "更正", null,
				"<p>更正</p>", "案件管理部", Visibility.PUBLIC, List.of(Channel.PORTAL),
				beijing(LocalDate.of(this.year, 3, 31), 23), null, List.of()));
		events.add(item("IMPORTANT_CASE", Category.CASE_INFO, published));
		events.add(item(null, Category.GOVERNMENT_AFFAIRS, published));

		List<WechatActivityRecorded> wechat = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			WechatActivity activity = WechatActivity.values()[this.random.nextInt(WechatActivity.values().length)];
			wechat.add(new WechatActivityRecorded(UUID.randomUUID().toString(), activity,
					beijing(LocalDate.of(this.year, 1 + this.random.nextInt(3), 5), 12)));
		}
		events.addAll(wechat);

		String caseNumber = "某检刑诉〔" + this.year + "〕" + this.random.nextInt(1000) + "号";
		events.add(new CaseProgressed(caseNumber, "审查起诉", LocalDate.of(this.year, 3, 31)));
		events.add(new CaseProgressed(caseNumber, "受理", LocalDate.of(this.year, 1, 1)));
		events.add(new CaseProgressed(caseNumber, "受理", LocalDate.of(this.year, 4, 1)));
		PlatformEvents.send(events);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			CaseFigures figures = figures(this.year + "Q1");
			PeriodFigures quarter = figures.current();
			assertThat(quarter.label()).isEqualTo(this.year + "年第一季度");
			assertQueries(quarter, queries);
			assertThat(figures.previous().period()).hasToString((this.year - 1) + "Q4");
			assertQueries(figures.previous(), before);

			assertThat(quarter.publications().subKinds()).filteredOn((row) -> "LEGAL_DOCUMENT".equals(row.subKind()))
				.singleElement()
				.satisfies((row) -> {
					assertThat(row.label()).isEqualTo("生效法律文书");
					assertThat(row.first()).isEqualTo(2);
					assertThat(row.corrections()).isEqualTo(1);
				});
			assertThat(quarter.publications().subKinds()).filteredOn((row) -> "IMPORTANT_CASE".equals(row.subKind()))
				.singleElement()
				.satisfies((row) -> assertThat(row.first()).isEqualTo(1));
			assertThat(quarter.publications().first()).isEqualTo(3);
			assertThat(quarter.publications().corrections()).isEqualTo(1);

			Map<String, Long> activities = wechat.stream()
				.collect(Collectors.groupingBy((event) -> event.activity().name(), Collectors.counting()));
			for (WechatActivity activity : WechatActivity.values()) {
				assertThat(quarter.wechat().activities()).filteredOn((row) -> row.activity().equals(activity.name()))
					.singleElement()
					.satisfies((row) -> assertThat(row.count()).as(activity.name())
						.isEqualTo(activities.getOrDefault(activity.name(), 0L)));
			}
			assertThat(quarter.wechat().netCaseBindings())
				.isEqualTo(activities.getOrDefault("CASE_BOUND", 0L) - activities.getOrDefault("CASE_UNBOUND", 0L));

			assertThat(quarter.progress().stages()).extracting(PeriodFigures.StageCount::stage)
				.containsExactly("受理", "审查起诉");
			assertThat(quarter.progress().total()).isEqualTo(2);
		});

		// the quarter's last month: the same events, fewer of them
		PeriodFigures march = figures(this.year + "-03").current();
		assertThat(march.label()).isEqualTo(this.year + "年3月");
		assertQueries(march,
				queries.stream().filter((query) -> query.at().atZone(BEIJING).getMonthValue() == 3).toList());
		assertThat(march.publications().first()).isZero();
		assertThat(march.publications().corrections()).isEqualTo(1);
		assertThat(march.progress().stages()).extracting(PeriodFigures.StageCount::stage).containsExactly("审查起诉");

		// the circular as a PDF says the same
		HttpResponse<byte[]> pdf = HTTP.send(staff("/api/reports/figures/pdf?period=" + this.year + "Q1"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment", this.year + "Q1.pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(this.year + "年第一季度案件信息公开工作情况通报", "对比期间：" + (this.year - 1) + "年第四季度",
					"受理案件程序性信息查询" + queries.size() + "次", "电话查询", "生效法律文书");
		}
	}

	@Test
	void aPeriodNotWrittenAsAMonthOrAQuarterIsAProblemInChinese() throws Exception {
		HttpResponse<String> response = get("/api/reports/figures?period=" + this.year + "-13", this.caseManager);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("统计期间", "2026Q4");
		HttpResponse<String> pdf = HTTP.send(staff("/api/reports/figures/pdf?period=2033Q9"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(pdf.statusCode()).isEqualTo(400);
		assertThat(pdf.body()).contains("统计期间");
	}

	@Test
	void onlyCaseManagementTheLeadershipAndTheSupervisionGroupReadTheFigures() throws Exception {
		String clerk = TestStaffTokens.token("clerk9", "书记员", "第一检察部", "CLERK");
		assertThat(get("/api/reports/figures?period=" + this.year + "Q1", clerk).statusCode()).isEqualTo(403);
		String supervisor = TestStaffTokens.token("supervisor9", "监督员", "监督小组", "SUPERVISOR");
		assertThat(get("/api/reports/figures?period=" + this.year + "Q1", supervisor).statusCode()).isEqualTo(200);
	}

	private void assertQueries(PeriodFigures figures, List<CaseQueried> sent) {
		for (String channel : CHANNELS) {
			List<CaseQueried> ofChannel = sent.stream().filter((query) -> query.channel().equals(channel)).toList();
			ChannelQueries counted = figures.queries()
				.channels()
				.stream()
				.filter((row) -> channel.equals(row.channel()))
				.findFirst()
				.orElseThrow();
			assertCounts(counted, ofChannel);
		}
		assertCounts(figures.queries().total(), sent);
	}

	private static void assertCounts(ChannelQueries counted, List<CaseQueried> sent) {
		Map<String, Long> outcomes = sent.stream()
			.collect(Collectors.groupingBy(CaseQueried::outcome, Collectors.counting()));
		long succeeded = outcomes.getOrDefault("SUCCESS", 0L);
		long throttled = outcomes.getOrDefault("THROTTLED", 0L);
		assertThat(counted.queries()).as(counted.label()).isEqualTo(sent.size());
		assertThat(counted.succeeded()).as(counted.label()).isEqualTo(succeeded);
		assertThat(counted.throttled()).as(counted.label()).isEqualTo(throttled);
		assertThat(counted.failed()).as(counted.label()).isEqualTo(sent.size() - succeeded - throttled);
		assertThat(counted.lockOuts()).as(counted.label())
			.isEqualTo(sent.stream().filter(CaseQueried::lockedNow).count());
		if (sent.size() > throttled) {
			assertThat(counted.successRate()).as(counted.label())
				.isCloseTo(100.0 * succeeded / (sent.size() - throttled), within(0.051));
		}
		else {
			assertThat(counted.successRate()).isNull();
		}
		assertThat(counted.outcomes()).allSatisfy((row) -> assertThat(row.queries()).as(row.outcome())
			.isEqualTo(outcomes.getOrDefault(row.outcome(), 0L)));
	}

	private CaseQueried query(Instant at) {
		String outcome = OUTCOMES.get(this.random.nextInt(OUTCOMES.size()));
		boolean locked = !"SUCCESS".equals(outcome) && !"THROTTLED".equals(outcome) && this.random.nextInt(4) == 0;
		return new CaseQueried(UUID.randomUUID().toString(), CHANNELS.get(this.random.nextInt(CHANNELS.size())),
				outcome, locked, at);
	}

	private static DisclosurePublished item(String subKind, Category category, Instant at) {
		return new DisclosurePublished(UUID.randomUUID().toString(), 1, category, subKind, "标题", null, "<p>正文</p>",
				"案件管理部", Visibility.PUBLIC, List.of(Channel.PORTAL), at, null, List.of());
	}

	private static Instant beijing(LocalDate day, int hour) {
		return LocalDateTime.of(day, LocalTime.of(hour, 30)).atZone(BEIJING).toInstant();
	}

	private CaseFigures figures(String period) throws Exception {
		HttpResponse<String> response = get("/api/reports/figures?period=" + period, this.caseManager);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readValue(response.body(), CaseFigures.class);
	}

	/** A PDF asked for as the console asks for it. */
	private HttpRequest staff(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + this.caseManager)
			.header("Accept", "application/pdf")
			.GET()
			.build();
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
