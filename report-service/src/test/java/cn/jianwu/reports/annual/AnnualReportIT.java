package cn.jianwu.reports.annual;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Visibility;
import cn.jianwu.reports.DisclosureServiceStub;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.testsupport.TestStaffTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual report on real Kafka and PostgreSQL: its tables count what the topics said
 * in the year (in Shanghai's days, not UTC's), and it reaches disclosure-service as the
 * office's important item and is published when the item is. Each test takes a year of
 * its own, far ahead, so that the year holds its events only.
 */
class AnnualReportIT extends ReportIntegrationTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Value("${jianwu.reports.office-department}")
	private String office;

	@Test
	void figuresEqualWhatTheTopicsSaidInTheYear() throws IOException {
		int year = farYear();
		Instant start = LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant();
		Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant();
		// 1 January 00:30 in Shanghai is still the old year in UTC; 1 January 00:30 of
		// the
		// next year is not this year's, although it still is in UTC.
		List<Instant> times = List.of(start.plusSeconds(1800), start.plus(Duration.ofDays(150)), end.minusSeconds(1800),
				end.plusSeconds(1800), start.minusSeconds(1800));
		List<Category> categories = List.of(Category.CASE_INFO, Category.CASE_INFO, Category.GOVERNMENT_AFFAIRS,
				Category.PERSONNEL, Category.OTHER);
		List<String> subKinds = Arrays.asList(SubKind.LEGAL_DOCUMENT.name(), SubKind.TYPICAL_CASE.name(), null, null,
				null);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		List<PlatformEvent> events = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			String item = UUID.randomUUID().toString();
			int kind = random.nextInt(categories.size());
			Instant at = times.get(random.nextInt(times.size()));
			events.add(new DisclosurePublished(item, 1, categories.get(kind), subKinds.get(kind), "年报测试" + i, null,
					"<p>正文</p>", "年报测试部", Visibility.PUBLIC, List.of(Channel.PORTAL, Channel.WEIBO), at, null,
					List.of(), null));
			events.add(new ChannelDeliveryReported(item, 1, Channel.PORTAL, DeliveryStatus.DELIVERED, 1, null, null,
					at.plusSeconds(5)));
			if (i % 2 == 0) {
				events.add(new ChannelDeliveryReported(item, 1, Channel.WEIBO, DeliveryStatus.FAILED, 1, null, "限流",
						at.plusSeconds(5)));
				events.add(new ChannelDeliveryReported(item, 1, Channel.WEIBO, DeliveryStatus.DELIVERED, 2, "49300",
						null, at.plusSeconds(65)));
			}
			if (i % 3 == 0) {
				events.add(new DisclosureRevised(item, 2, 1, categories.get(kind), subKinds.get(kind), "年报测试更正" + i,
						null, "<p>更正</p>", "年报测试部", Visibility.PUBLIC, List.of(Channel.PORTAL), at.plusSeconds(3600),
						null, List.of()));
			}
			if (i % 4 == 1) {
				events.add(new DisclosureWithdrawn(item, 1, "测试撤回", at.plusSeconds(7200)));
			}
		}
		List<String> outcomes = List.of("SUCCESS", "SUCCESS", "WRONG_ID", "LOCKED", "UNKNOWN_CODE");
		for (int i = 0; i < 40; i++) {
			QueryChannel channel = QueryChannel.values()[random.nextInt(QueryChannel.values().length)];
			String outcome = outcomes.get(random.nextInt(outcomes.size()));
			events.add(new CaseQueried(UUID.randomUUID().toString(), channel.name(), outcome,
					outcome.equals("WRONG_ID") && random.nextBoolean(), times.get(random.nextInt(times.size()))));
		}
		for (int i = 0; i < 12; i++) {
			String message = UUID.randomUUID().toString();
			MessageKind kind = List.of(MessageKind.COMPLAINT, MessageKind.CONSULTATION, MessageKind.REPORT)
				.get(random.nextInt(3));
			Instant at = times.get(random.nextInt(times.size()));
			events.add(new HallMessageReceived(message, kind, SubmissionChannel.WEB, at,
					LocalDate.ofInstant(at, SHANGHAI).plusDays(20)));
			if (i % 3 != 2) {
				events.add(new HallMessageAnswered(message, kind, SubmissionChannel.WEB, at.plus(Duration.ofDays(5)),
						i % 3 == 0, 4));
			}
		}
		PlatformEvents.send(events);
		Expected expected = new Expected(events, start, end);

		AnnualClient api = new AnnualClient(this.port);
		String token = TestStaffTokens.token("annual-office", "办公室文员", this.office, "CLERK");
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
			AnnualClient.Response generated = api.call("POST", "/api/reports/annual/" + year, token, null);
			assertThat(generated.status()).isEqualTo(201);
			expected.assertEquals(generated.report().figures());
		});
		AnnualReportView report = api.call("GET", "/api/reports/annual/" + year, token, null).report();
		assertThat(report.state()).isEqualTo(AnnualState.DRAFT);
		assertThat(report.figures().channels()).hasSize(Channel.values().length);

		// The office writes its sections; the PDF shows them with the tables.
		api.call("PUT", "/api/reports/annual/" + year, token, AnnualClient.JSON.writeValueAsString(Map.of("overview",
				"本年度，本院认真落实检务公开各项规定，坚持“以公开为原则、不公开为例外”，依托门户网站、新浪微博、微信公众号、局域网公告栏和大厅电子显示屏五个渠道主动公开检务信息。\n"
						+ "案件程序性信息查询实行网上、电话、触摸屏和案管窗口“四位一体”，并开通微信查询。",
				"reviews", "本年度未发生因检务公开工作被申请行政复议、提起行政诉讼的情况。", "problems",
				"一是部分定期公开信息发布不够及时；二是个别法律文书删除处理后仍需人工复核。\n下一步将完善公开任务提醒，压实部门责任。", "otherMatters", "无。", "version",
				report.texts().version())));
		AnnualClient.Download pdf = api.download("/api/reports/annual/" + year + "/pdf", token);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(year + "年度检务公开工作报告", "一、总体情况", "本年度，本院",
					"二、主动公开信息情况", "网上查询", "六、其他需要报告的事项");
		}
		// kept for a reader who wants to look at the layout
		// (report-service/docs/annual-report.png)
		Files.write(Path.of("target", "annual-report.pdf"), pdf.body());
	}

	@Test
	void goesToDisclosureServiceAsTheOfficesImportantItemAndIsPublishedWithIt() {
		int year = farYear();
		UUID item = UUID.randomUUID();
		DisclosureServiceStub.SERVER.stubFor(post(urlPathEqualTo("/api/disclosures"))
			.withRequestBody(matchingJsonPath("$.title", containing(year + "年度检务公开工作报告")))
			.willReturn(staffItem(item, 201)));
		DisclosureServiceStub.SERVER
			.stubFor(post(urlPathEqualTo("/api/disclosures/" + item + "/submit")).willReturn(staffItem(item, 200)));
		AnnualClient api = new AnnualClient(this.port);
		String path = "/api/reports/annual/" + year;
		String token = TestStaffTokens.token("annual-office-head", "办公室主任", this.office, "SECTION_HEAD");

		assertThat(api.call("POST", path, TestStaffTokens.token("prosecutor", "公诉干警", "公诉部", "CLERK"), null).status())
			.isEqualTo(403);
		AnnualReportView draft = api.call("POST", path, token, null).report();
		assertThat(draft.editable()).isTrue();
		assertThat(api.call("POST", path + "/submit", token, null).status()).as("no overview yet").isEqualTo(400);
		AnnualReportView edited = api
			.call("PUT", path, token, texts("本院认真贯彻检务公开各项规定。\n全年公开信息及时准确。", draft.texts().version()))
			.report();
		assertThat(edited.texts().overview()).startsWith("本院认真贯彻");
		assertThat(api.call("PUT", path, token, texts("过期的版本", draft.texts().version())).status()).isEqualTo(409);
		assertThat(api.call("GET", path, TestStaffTokens.token("chief", "检察长", "院领导", "CHIEF"), null).status())
			.isEqualTo(200);

		AnnualReportView submitted = api.call("POST", path + "/submit", token, null).report();
		assertThat(submitted.state()).isEqualTo(AnnualState.SUBMITTED);
		assertThat(submitted.itemId()).isEqualTo(item.toString());
		assertThat(submitted.editable()).isFalse();
		List<LoggedRequest> drafts = DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures"))
				.withRequestBody(matchingJsonPath("$.title", containing(year + "年度检务公开工作报告"))));
		assertThat(drafts).hasSize(1);
		assertThat(drafts.get(0).getHeader("Authorization")).isEqualTo("Bearer " + token);
		JsonNode sent = AnnualClient.JSON.readTree(drafts.get(0).getBodyAsString());
		assertThat(sent.get("category").asString()).isEqualTo(Category.GOVERNMENT_AFFAIRS.name());
		assertThat(sent.get("important").asBoolean()).isTrue();
		assertThat(sent.get("term").asString()).isEqualTo(Term.PERIODIC.name());
		assertThat(sent.get("period").asString()).as("a periodic item names its period, the year")
			.isEqualTo(String.valueOf(year));
		assertThat(sent.get("department").asString()).isEqualTo(this.office);
		Set<String> channels = new HashSet<>();
		sent.get("channels").forEach((channel) -> channels.add(channel.asString()));
		assertThat(channels)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values()).map(Channel::id).toList());
		assertThat(sent.get("body").asString()).contains("一、总体情况", "本院认真贯彻检务公开各项规定。", "<table>", "六、其他需要报告的事项");
		assertThat(DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures/" + item + "/submit")))).hasSize(1);
		assertThat(api.call("PUT", path, token, texts("已提交后再改", submitted.texts().version())).status()).isEqualTo(409);
		assertThat(api.call("POST", path, token, null).status()).as("figures of a submitted report stay")
			.isEqualTo(409);

		Instant published = Instant.now();
		PlatformEvents.send(new DisclosurePublished(item.toString(), 1, Category.GOVERNMENT_AFFAIRS, null,
				year + "年度检务公开工作报告", null, "<p>报告</p>", this.office, Visibility.PUBLIC, Arrays.asList(Channel.values()),
				published, "http://localhost:8080/items/" + item, List.of(), null));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			AnnualReportView now = api.call("GET", path, token, null).report();
			assertThat(now.state()).isEqualTo(AnnualState.PUBLISHED);
			assertThat(now.portalUrl()).isEqualTo("http://localhost:8080/items/" + item);
		});
	}

	private static String texts(String overview, long version) {
		return AnnualClient.JSON.writeValueAsString(Map.of("overview", overview, "version", version));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder staffItem(UUID item, int status) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
				{"id":"%s","revision":1,"status":"DRAFT","title":"年度报告","body":"<p>报告</p>",
				 "category":"GOVERNMENT_AFFAIRS","term":"PERIODIC","visibility":"PUBLIC","department":"办公室",
				 "important":true,"version":1,"allowedActions":[]}
				""".formatted(item));
	}

	/** A year of its own: nobody else's events fall in it. */
	private static int farYear() {
		return ThreadLocalRandom.current().nextInt(2300, 2900);
	}

	/** The tables counted here from the events themselves, as the test sent them. */
	private static final class Expected {

		private final Map<String, long[]> categories = new HashMap<>();

		private final Map<String, long[]> channels = new HashMap<>();

		private final Map<String, long[]> queries = new HashMap<>();

		private final Map<MessageKind, long[]> messages = new HashMap<>();

		Expected(List<PlatformEvent> events, Instant start, Instant end) {
			Map<String, String> categoryOf = new HashMap<>();
			Map<String, Set<String>> delivered = new HashMap<>();
			for (PlatformEvent event : events) {
				if (event instanceof DisclosureRevised revised) {
					categoryOf.put(revised.itemId() + "/" + revised.revision(),
							revised.category() + "/" + revised.subKind());
					if (in(revised.publishedAt(), start, end)) {
						tally(this.categories, revised.category() + "/" + revised.subKind(), 1);
					}
				}
				else if (event instanceof DisclosurePublished published) {
					categoryOf.put(published.itemId() + "/" + published.revision(),
							published.category() + "/" + published.subKind());
					if (in(published.publishedAt(), start, end)) {
						tally(this.categories, published.category() + "/" + published.subKind(), 0);
					}
				}
				else if (event instanceof DisclosureWithdrawn withdrawn) {
					if (in(withdrawn.withdrawnAt(), start, end)) {
						tally(this.categories, categoryOf.get(withdrawn.itemId() + "/" + withdrawn.revision()), 2);
					}
				}
				else if (event instanceof ChannelDeliveryReported report && in(report.reportedAt(), start, end)) {
					if (report.status() == DeliveryStatus.DELIVERED) {
						delivered.computeIfAbsent(report.channel().id(), (c) -> new HashSet<>())
							.add(report.itemId() + "/" + report.revision());
					}
					else if (report.status() == DeliveryStatus.FAILED) {
						tally(this.channels, report.channel().id(), 1);
					}
				}
				else if (event instanceof CaseQueried query && in(query.at(), start, end)) {
					tally(this.queries, query.channel(), 0);
					tally(this.queries, query.channel(), query.outcome().equals("SUCCESS") ? 1 : 2);
					if (query.lockedNow()) {
						tally(this.queries, query.channel(), 3);
					}
				}
				else if (event instanceof HallMessageReceived received && in(received.receivedAt(), start, end)) {
					this.messages.computeIfAbsent(received.kind(), (k) -> new long[3])[0]++;
				}
				else if (event instanceof HallMessageAnswered answered && in(answered.answeredAt(), start, end)) {
					long[] row = this.messages.computeIfAbsent(answered.kind(), (k) -> new long[3]);
					row[1]++;
					if (answered.withinLimit()) {
						row[2]++;
					}
				}
			}
			delivered.forEach((channel,
					revisions) -> this.channels.computeIfAbsent(channel, (c) -> new long[4])[0] = revisions.size());
		}

		void assertEquals(AnnualFigures figures) {
			for (AnnualFigures.CategoryRow row : figures.categories()) {
				long[] counts = this.categories.getOrDefault(row.category() + "/" + row.subKind(), new long[3]);
				assertThat(new long[] { row.published(), row.revised(), row.withdrawn() })
					.as(row.categoryLabel() + " " + row.subKindLabel())
					.containsExactly(Arrays.copyOf(counts, 3));
			}
			for (AnnualFigures.ChannelRow row : figures.channels()) {
				long[] counts = this.channels.getOrDefault(row.channel(), new long[3]);
				assertThat(new long[] { row.delivered(), row.failed(), row.retracted() }).as(row.label())
					.containsExactly(Arrays.copyOf(counts, 3));
			}
			for (AnnualFigures.QueryRow row : figures.queries()) {
				long[] counts = this.queries.getOrDefault(row.channel(), new long[4]);
				assertThat(new long[] { row.received(), row.answered(), row.refused(), row.lockouts() }).as(row.label())
					.containsExactly(counts);
			}
			for (AnnualFigures.MessageRow row : figures.messages()) {
				long[] counts = this.messages.getOrDefault(row.kind(), new long[3]);
				assertThat(new long[] { row.received(), row.answered(), row.answeredWithinLimit() }).as(row.label())
					.containsExactly(counts);
			}
			assertThat(figures.complaints()).extracting(AnnualFigures.MessageRow::kind)
				.containsExactlyInAnyOrder(MessageKind.COMPLAINT, MessageKind.REPORT);
			long sentInYear = this.categories.values().stream().mapToLong((row) -> row[0]).sum();
			assertThat(figures.categories().stream().mapToLong(AnnualFigures.CategoryRow::published).sum())
				.isEqualTo(sentInYear);
		}

		private static void tally(Map<String, long[]> table, String key, int column) {
			table.computeIfAbsent(key, (k) -> new long[4])[column]++;
		}

		private static boolean in(Instant at, Instant start, Instant end) {
			return !at.isBefore(start) && at.isBefore(end);
		}

	}

}
