package cn.jianwu.disclosure.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.ContractShapes;
import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.statistics.StatisticsView;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.hostile.HostileProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.disclosure.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read endpoints the staff console needs besides the item API: "my items" and the
 * statistics, through HTTP with real tokens on real PostgreSQL and Kafka.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false" })
class ConsoleReadsIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	StaffApi api;

	@BeforeEach
	void api() {
		this.api = new StaffApi(this.port);
	}

	// In this class for its running context: a context of its own would cost more than
	// the probe.
	@Test
	void everyEndpointOfTheApiDocumentAnswersHostileInputWithoutA5xx() {
		Response document = this.api.anonymous("GET", "/v3/api-docs", null);
		assertThat(document.status()).isEqualTo(200);
		List<HostileProbe.Endpoint> endpoints = HostileProbe.fromOpenApi(document.body());
		assertThat(endpoints).hasSizeGreaterThan(10);
		HostileProbe probe = new HostileProbe(this.port, this.api.token("clerk1"));
		endpoints.forEach(probe::probe);
		assertThat(probe.findings()).as(probe.requests() + " requests").isEmpty();
		assertThat(probe.requests()).as("requests sent").isGreaterThan(1000);
	}

	@Test
	void itemTextsRefuseControlCharactersAndWrongTypesButBodiesKeepTheirLines() {
		String valid = """
				{"title":"标题","summary":"摘要","body":"<p>正文</p>","category":"GOVERNMENT_AFFAIRS",
				 "department":"公诉部","important":false,"term":"AD_HOC","visibility":"PUBLIC"}""";
		assertProblem(create(valid.replace("\"标题\"", "\"标\\u0000题\"")), 400, "forbidden-characters");
		assertProblem(create(valid.replace("\"标题\"", "\"标\\u0085题\"")), 400, "forbidden-characters");
		assertProblem(create(valid.replace("\"标题\"", "\"标\\n题\"")), 400, "validation");
		assertProblem(create(valid.replace("\"标题\"", "12")), 400, "validation");
		assertProblem(create(valid.replace("false", "1" + "0".repeat(30))), 400, "validation");
		assertThat(create(valid.replace("<p>正文</p>", "<p>第一行\\n\\t第二行</p>")).status()).isEqualTo(201);

		assertProblem(this.api.as("clerk1", "GET", "/api/disclosures?q=%ff%fe", null), 400, "malformed-url");
		assertProblem(this.api.anonymous("GET", "/api/public/items?q=%ff%fe", null), 400, "malformed-url");
		assertProblem(this.api.anonymous("GET", "/api/public/items?q=%00", null), 400, "forbidden-characters");
		assertProblem(this.api.anonymous("GET", "/api/public/items?page=99999999999999999999", null), 400,
				"invalid-parameter");
	}

	private Response create(String json) {
		return this.api.as("clerk1", "POST", "/api/disclosures", json);
	}

	@Test
	void myItemsAreTheOnesIDraftedOrEditedAndOnlyThose() {
		String mine = draft("clerk1", "公诉部", "书记员一的草稿");
		String colleagues = draft("clerk2", "办公室", "书记员二的草稿");
		Response drafts = this.api.as("clerk1", "GET", "/api/disclosures/mine?status=DRAFT&size=100", null);
		ContractShapes.assertShape(drafts.body(), ApiExamples.ITEM_PAGE, ItemPage.class);
		assertThat(drafts.status()).as(drafts.body()).isEqualTo(200);
		assertThat(drafts.<List<String>>read("$.items[*].id")).contains(mine).doesNotContain(colleagues);
		assertThat(drafts.<List<String>>read("$.items[*].status")).containsOnly("DRAFT");

		this.api.as("clerk1", "POST", "/api/disclosures/" + mine + "/submit", null);
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures/mine?status=DRAFT&size=100", null)
			.<List<String>>read("$.items[*].id")).doesNotContain(mine);
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures/mine?size=100", null)
			.<List<String>>read("$.items[*].id")).contains(mine);
		assertThat(
				this.api.as("head1", "GET", "/api/disclosures/mine?size=100", null).<List<String>>read("$.items[*].id"))
			.as("reviewing is not authoring")
			.doesNotContain(mine);

		assertProblem(this.api.as("clerk1", "GET", "/api/disclosures/mine?size=500", null), 400, "validation");
		assertThat(this.api.anonymous("GET", "/api/disclosures/mine", null).status()).isEqualTo(401);
	}

	@Test
	void statisticsCountFirstPublicationsPerMonthAndCategoryAndLatestDeliveriesPerChannel() {
		String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		long publishedBefore = published(statistics("supervisor"), month, "GOVERNMENT_AFFAIRS");
		Map<String, Long> weiboBefore = deliveries(statistics("supervisor"), "weibo");

		String first = publish("统计用事项一");
		String second = publish("统计用事项二");
		Instant now = Instant.now();
		this.events.send(new ChannelDeliveryReported(first, 1, Channel.WEIBO, DeliveryStatus.FAILED, 1, null, "超时",
				now.minusSeconds(10)));
		this.events
			.send(new ChannelDeliveryReported(first, 1, Channel.WEIBO, DeliveryStatus.DELIVERED, 2, "501", null, now));
		this.events
			.send(new ChannelDeliveryReported(second, 1, Channel.WEIBO, DeliveryStatus.FAILED, 4, null, "内容违规", now));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Response stats = statistics("supervisor");
			assertThat(published(stats, month, "GOVERNMENT_AFFAIRS")).isEqualTo(publishedBefore + 2);
			Map<String, Long> weibo = deliveries(stats, "weibo");
			assertThat(weibo.getOrDefault("DELIVERED", 0L)).as("the later report of an item replaces its earlier one")
				.isEqualTo(weiboBefore.getOrDefault("DELIVERED", 0L) + 1);
			assertThat(weibo.getOrDefault("FAILED", 0L)).isEqualTo(weiboBefore.getOrDefault("FAILED", 0L) + 1);
		});

		Response clerk = statistics("clerk1");
		assertThat(clerk.status()).as("counts only: every member of staff may read them").isEqualTo(200);
		assertThat(clerk.<String>read("$.since")).isNotBlank();
		assertProblem(this.api.as("supervisor", "GET", "/api/disclosures/statistics?months=0", null), 400,
				"validation");
		assertThat(this.api.anonymous("GET", "/api/disclosures/statistics", null).status()).isEqualTo(401);
	}

	private Response statistics(String who) {
		Response stats = this.api.as(who, "GET", "/api/disclosures/statistics?months=12", null);
		assertThat(stats.status()).as(stats.body()).isEqualTo(200);
		ContractShapes.assertShape(stats.body(), ApiExamples.STATISTICS, StatisticsView.class);
		return stats;
	}

	private static long published(Response stats, String month, String category) {
		List<Number> found = stats
			.read("$.publications[?(@.month == '" + month + "' && @.category == '" + category + "')].items");
		return found.stream().mapToLong(Number::longValue).sum();
	}

	private static Map<String, Long> deliveries(Response stats, String channel) {
		List<Map<String, Object>> rows = stats.read("$.deliveries[?(@.channel == '" + channel + "')]");
		return rows.stream()
			.collect(java.util.stream.Collectors.toMap((row) -> (String) row.get("status"),
					(row) -> ((Number) row.get("items")).longValue()));
	}

	private String publish(String title) {
		String id = draft("clerk1", "公诉部", title);
		assertThat(StaffApi.status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
			.isEqualTo("PENDING_REVIEW");
		this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(StaffApi.status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PUBLISHED");
		return id;
	}

	private String draft(String author, String department, String title) {
		Response created = this.api.as(author, "POST", "/api/disclosures", """
				{"title":"%s","summary":"摘要","body":"<p>正文</p>","category":"GOVERNMENT_AFFAIRS",
				 "department":"%s","important":false,"term":"AD_HOC","visibility":"PUBLIC"}
				""".formatted(title, department));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

}
