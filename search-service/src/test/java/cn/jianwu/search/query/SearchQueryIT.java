package cn.jianwu.search.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.search.Corpus;
import cn.jianwu.search.SearchApi;
import cn.jianwu.search.SearchApi.Response;
import cn.jianwu.search.SearchTestServers;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import cn.jianwu.testsupport.hostile.RawHttp;
import cn.jianwu.testsupport.hostile.RawHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.search.SearchApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the public finds, on the real Elasticsearch with the shipped Chinese analysis: a
 * procuratorate's published items (legal documents, work report, appointments, procedure,
 * typical cases) go through Kafka into the index, then the public searches them over
 * HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryIT {

	static final Corpus CORPUS = Corpus.load();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		SearchTestServers.register(registry, "query");
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	SearchApi api;

	@BeforeAll
	void indexTheCorpus() {
		this.api = new SearchApi(this.port);
		SearchTestServers.awaitIndexer(this.listeners, TestKafka.bootstrapServers(), this.events, this.api);
		CORPUS.all().forEach(this.events::send);
		// A search answers a Problem (no total) until the index behind the alias is
		// ready.
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.api.search().<Integer>read("$.total")).isEqualTo(CORPUS.all().size()));
	}

	@Test
	void readinessDependsOnElasticsearchAndNotOnKafka() {
		// Kafka only brings changes in: while it is away the public can still search, so
		// the pod must stay among its Service's endpoints (deploy/k8s/README.md).
		Response readiness = this.api.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.<Map<String, Object>>read("$.components")).containsKey("elasticsearch")
			.doesNotContainKey("kafka");
		assertThat(this.api.get("/actuator/health", null).<Map<String, Object>>read("$.components"))
			.containsKey("kafka");
	}

	static Stream<Arguments> queries() {
		return Stream.of(
				// phrases and titles
				found("盗窃", "theft-non-prosecution"), found("危险驾驶", "drunk-driving-indictment"),
				found("办案流程", "case-workflow"), found("涉案财物", "seized-property"), found("检察开放日", "open-day"),
				found("非法吸收公众存款", "illegal-deposits-indictment"), found("检察官助理", "assistant-recruitment"),
				found("检察长 接待", "chief-reception"), only("任免", "appointments"), only("受贿", "bribery-important"),
				// found in the body only
				found("醉酒驾驶", "drunk-driving-indictment"), found("附条件不起诉", "juvenile-white-paper"),
				// part of a word, and a different wording ("电信网络诈骗")
				found("电信诈骗", "telecom-fraud-typical"), Arguments.of("诈", List.of(), List.of("telecom-fraud-typical")),
				// a title outweighs the body: both mention it, the title wins
				Arguments.of("检察工作报告", List.of("work-report"), List.of("open-day")),
				Arguments.of("认罪认罚", List.of("plea-rules"), List.of("drunk-driving-indictment", "work-report")),
				Arguments.of("耕地", List.of("public-interest-correction"), List.of("work-report")),
				// two documents of the same kind come first
				Arguments.of("不起诉决定书", List.of("theft-non-prosecution", "assault-non-prosecution"), List.of()),
				// numbers, and attachment names
				Arguments.of("12309", List.of(), List.of("case-workflow", "open-day", "chief-reception")),
				only("报名登记表", "assistant-recruitment"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void findsTheExpectedItems(String q, List<String> top, List<String> alsoFound) {
		Response response = this.api.search("q", q, "size", "50");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> ids = response.read("$.hits[*].id");
		if (!top.isEmpty()) {
			assertThat(ids).as(q + " → " + titles(response)).hasSizeGreaterThanOrEqualTo(top.size());
			assertThat(ids.subList(0, top.size())).as(q + " → " + titles(response))
				.containsExactlyInAnyOrderElementsOf(top.stream().map(CORPUS::id).toList());
		}
		assertThat(ids).as(q + " → " + titles(response)).containsAll(alsoFound.stream().map(CORPUS::id).toList());
		if (top.size() == 1 && alsoFound.size() == 1 && top.equals(alsoFound)) {
			assertThat(response.<Integer>read("$.total")).as(q + " → " + titles(response)).isEqualTo(1);
		}
	}

	// In this class for its running context: a context of its own would cost more than
	// the probe.
	@Test
	void publicEndpointsAnswerHostileInputWithProblemsNeverA5xx() {
		HostileProbe probe = new HostileProbe(this.port, null);
		probe.probe(Endpoint.get("/api/search", "q", "category", "subKind", "department", "from", "to", "page", "size",
				"sort"));
		probe.probe(Endpoint.get("/api/search/suggest", "q"));
		assertThat(probe.findings()).as(probe.requests() + " requests").isEmpty();
		Answer malformed = RawHttp.send(this.port, "GET", "/api/search/suggest?q=%ff%fe", null, null, null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.body()).contains("https://jianwu.cn/problems/malformed-url");
	}

	@Test
	void theCategoryFilterKeepsOnlyThatCategoryButTheFacetsStillCountTheOthers() {
		Response all = this.api.search("q", "公益诉讼");
		Response caseInfo = this.api.search("q", "公益诉讼", "category", "CASE_INFO");
		assertThat(titles(all)).contains(CORPUS.item("work-report").title(),
				CORPUS.item("public-interest-correction").title());
		assertThat(caseInfo.<List<String>>read("$.hits[*].category")).containsOnly("CASE_INFO");
		assertThat(caseInfo.<List<String>>read("$.hits[*].id")).first()
			.isEqualTo(CORPUS.id("public-interest-correction"));
		Map<String, Integer> facets = caseInfo.read("$.facets");
		assertThat(facets).isEqualTo(all.read("$.facets")).containsKey("GOVERNMENT_AFFAIRS");
		assertThat(facets.get("CASE_INFO")).isEqualTo(caseInfo.<Integer>read("$.total"));
		assertThat(facets.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.<Integer>read("$.total"));
	}

	@Test
	void facetsCountEveryCategoryOfAllItems() {
		Map<String, Integer> facets = this.api.search().read("$.facets");
		assertThat(facets).containsExactlyInAnyOrderEntriesOf(
				Map.of("CASE_INFO", 8, "GOVERNMENT_AFFAIRS", 4, "PERSONNEL", 2, "OTHER", 3));
	}

	@Test
	void theDepartmentFilterKeepsOnlyThatDepartment() {
		Response response = this.api.search("q", "起诉", "department", "第二检察部");
		assertThat(response.<List<String>>read("$.hits[*].id"))
			.containsExactly(CORPUS.id("illegal-deposits-indictment"));
		assertThat(this.api.search("q", "起诉").<Integer>read("$.total")).isGreaterThan(3);
	}

	@Test
	void theDateRangeKeepsItemsPublishedOnThoseDaysInChinaTime() {
		Response may = this.api.search("q", "起诉书", "from", "2025-05-01", "to", "2025-05-31");
		assertThat(may.<List<String>>read("$.hits[*].id")).containsExactly(CORPUS.id("illegal-deposits-indictment"));
		// 2025-04-02T03:00Z is 11:00 on 2 April in Beijing: inside a one-day range
		assertThat(this.api.search("q", "起诉书", "from", "2025-04-02", "to", "2025-04-02")
			.<List<String>>read("$.hits[*].id")).containsExactly(CORPUS.id("drunk-driving-indictment"));
		assertThat(this.api.search("from", "2025-09-01").<Integer>read("$.total")).isEqualTo(2);
	}

	@Test
	void anEmptyQueryListsTheNewestItemsFirstWithoutHighlights() {
		Response response = this.api.search("q", "  ", "size", "3");
		assertThat(response.<Integer>read("$.total")).isEqualTo(CORPUS.all().size());
		assertThat(response.<List<String>>read("$.hits[*].id")).containsExactly(CORPUS.id("quarterly-statistics"),
				CORPUS.id("bribery-important"), CORPUS.id("open-day"));
		assertThat(response.<List<Map<String, Object>>>read("$.hits[*].highlights")).allMatch(Map::isEmpty);
		assertThat(response.<String>read("$.hits[0].publishedAt")).isEqualTo("2025-10-10T02:00:00Z");
		assertThat(response.<String>read("$.hits[0].categoryLabel")).isEqualTo("检察政务信息");
	}

	@Test
	void dateOrderPutsTheNewestMatchFirst() {
		Response response = this.api.search("q", "不起诉", "sort", "date", "size", "50");
		List<String> dates = response.read("$.hits[*].publishedAt");
		assertThat(dates).hasSizeGreaterThan(2);
		List<Instant> instants = dates.stream().map(Instant::parse).toList();
		List<Instant> sorted = new ArrayList<>(instants);
		sorted.sort(java.util.Comparator.reverseOrder());
		assertThat(instants).isEqualTo(sorted);
	}

	@Test
	void pagingGivesTheTotalAndTheRequestedPage() {
		Response first = this.api.search("size", "5", "page", "0");
		Response fourth = this.api.search("size", "5", "page", "3");
		assertThat(first.<Integer>read("$.total")).isEqualTo(17);
		assertThat(first.<List<String>>read("$.hits[*].id")).hasSize(5);
		assertThat(fourth.<List<String>>read("$.hits[*].id")).hasSize(2);
		assertThat(fourth.<Integer>read("$.page")).isEqualTo(3);
		assertThat(fourth.<Integer>read("$.size")).isEqualTo(5);
	}

	@Test
	void highlightsMarkTheMatchInTitleAndBody() {
		Response response = this.api.search("q", "危险驾驶");
		assertThat(response.<List<String>>read("$.hits[0].highlights.title")).containsExactly("王某某<em>危险驾驶</em>案起诉书");
		assertThat(response.<List<String>>read("$.hits[0].highlights.body"))
			.anySatisfy((fragment) -> assertThat(fragment).contains("<em>危险驾驶</em>"));
	}

	@Test
	void aMatchOfCharacterPairsIsHighlightedToo() {
		// "电信诈骗" is not in the text as such: the pairs 电信 and 诈骗 are
		Response response = this.api.search("q", "电信诈骗");
		assertThat(response.<List<String>>read("$.hits[0].highlights.title"))
			.containsExactly("赵某等人<em>电信</em>网络<em>诈骗</em>典型案例");
	}

	@Test
	void highlightsAreEscapedHtmlWithOnlyTheMarkTags() {
		Response response = this.api.search("q", "检察开放日");
		assertThat(response.<String>read("$.hits[0].id")).isEqualTo(CORPUS.id("open-day"));
		List<String> body = response.read("$.hits[0].highlights.body");
		assertThat(String.join("", body)).contains("&lt;200人 &amp; 须提前预约").doesNotContain("strong");
		assertThat(body)
			.allSatisfy((fragment) -> assertThat(fragment.replace("<em>", "").replace("</em>", "")).doesNotContain("<")
				.doesNotContain(">"));
		assertThat(response.<String>read("$.hits[0].title")).isEqualTo("关于举办“检察开放日”活动的公告");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"不起诉\"", "\\", "\\\"", "AND OR NOT", "title:盗窃", "*", "?", "(((", "[1 TO 2]",
			"{\"query\":{\"match_all\":{}}}", "<script>alert(1)</script>", "%", "盗窃~2", "/正则.*/", "😀检察",
			"'; DROP TABLE x; --", "+-=&&||!^" })
	void oddQueriesGetAnAnswerNotAnError(String q) {
		Response response = this.api.search("q", q);
		assertThat(response.status()).as(q + " → " + response.body()).isEqualTo(200);
		assertThat(response.<Integer>read("$.total")).isNotNull();
	}

	// Control characters are refused platform-wide (RequestTextFilter) rather than
	// stripped here: a NUL in a query is a broken or hostile client, not a search.
	@Test
	void quotesAroundWordsDoNotStopThemFromBeingFoundButControlCharactersAreRefused() {
		assertThat(this.api.search("q", "\"盗窃\"").<List<String>>read("$.hits[*].id"))
			.contains(CORPUS.id("theft-non-prosecution"));
		assertProblem(this.api.search("q", "\u0000盗窃\u0007"), 400, "forbidden-characters");
	}

	@Test
	void parametersBeyondTheLimitsAreProblemsInChinese() {
		assertProblem(this.api.search("q", "检".repeat(201)), 400, "invalid-search");
		assertThat(this.api.search("q", "检".repeat(201)).<String>read("$.title")).isEqualTo("检索词过长");
		assertThat(this.api.search("q", "检".repeat(200)).status()).isEqualTo(200);
		assertProblem(this.api.search("size", "51"), 400, "invalid-search");
		assertProblem(this.api.search("size", "0"), 400, "invalid-search");
		assertProblem(this.api.search("page", "-1"), 400, "invalid-search");
		assertProblem(this.api.search("page", "abc"), 400, "invalid-search");
		assertProblem(this.api.search("page", "200", "size", "50"), 400, "invalid-search");
		assertThat(this.api.search("page", "199", "size", "50").status()).isEqualTo(200);
		assertProblem(this.api.search("category", "SECRETS"), 400, "invalid-search");
		assertProblem(this.api.search("subKind", "SECRETS"), 400, "invalid-search");
		assertProblem(this.api.search("category", "CASE_INFO", "subKind", "GUIDE"), 400, "invalid-search");
		assertThat(this.api.search("category", "CASE_INFO", "subKind", "GUIDE").<String>read("$.detail"))
			.startsWith("“办事指南”是检察政务信息的子栏目，不属于检察案件信息。");
		assertProblem(this.api.search("from", "2025-13-01"), 400, "invalid-search");
		assertProblem(this.api.search("from", "2025-06-01", "to", "2025-05-01"), 400, "invalid-search");
		assertProblem(this.api.search("sort", "random"), 400, "invalid-search");
	}

	@Test
	void theSearchBoxCompletesPublishedTitles() {
		assertThat(this.api.get("/api/search/suggest?q=" + encode("李某"), null)
			.<List<String>>read("$.suggestions[*].title")).contains("李某涉嫌盗窃案不起诉决定书");
		// titles starting with the institution's name complete from what follows it
		assertThat(this.api.get("/api/search/suggest?q=" + encode("2024年度"), null)
			.<List<String>>read("$.suggestions[*].id")).contains(CORPUS.id("work-report"));
		assertThat(this.api.get("/api/search/suggest?q=", null).<List<String>>read("$.suggestions")).isEmpty();
		assertProblem(this.api.get("/api/search/suggest?q=" + encode("检".repeat(201)), null), 400, "invalid-search");
	}

	@Test
	void aStaleTokenSentAlongDoesNotStopAPublicSearch() {
		assertThat(this.api.get("/api/search?q=" + encode("盗窃"), "not.a.token").status()).isEqualTo(200);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<String> titles(Response response) {
		return response.read("$.hits[*].title");
	}

	private static Arguments found(String q, String key) {
		return Arguments.of(q, List.of(key), List.of());
	}

	private static Arguments only(String q, String key) {
		return Arguments.of(q, List.of(key), List.of(key));
	}

}
