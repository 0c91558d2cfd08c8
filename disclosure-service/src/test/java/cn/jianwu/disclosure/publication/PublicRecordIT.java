package cn.jianwu.disclosure.publication;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
import cn.jianwu.testsupport.JsonRequests;
import cn.jianwu.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.disclosure.StaffApi.assertProblem;
import static cn.jianwu.disclosure.StaffApi.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open public record through the HTTP API: a revision's note in the history and its
 * old text still readable, the changes the feeds are made of, a withdrawn item's notice
 * in place of its text, nothing of an internal item, sections, pinning and case stages,
 * sitemap pages and conditional GETs. Shares {@code PublicItemExportIT}'s context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false" })
class PublicRecordIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	StaffApi api;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void api() {
		this.api = new StaffApi(this.port);
	}

	@Test
	void aRevisionKeepsItsNoteAndTheOldTextAndAWithdrawalLeavesOnlyItsNotice() {
		String id = publish(item("检察服务中心接待须知", "INSTITUTION", "AD_HOC", "<p>接待时间为上午九时至十二时。</p>"));
		Response missingNote = edit(id, item("检察服务中心接待须知", "INSTITUTION", "AD_HOC", "<p>接待时间为上午八时半至十二时。</p>"));
		assertProblem(missingNote, 400, "validation");
		assertThat(missingNote.<String>read("$.detail")).contains("修订说明");
		assertProblem(edit(id, item("检察服务中心接待须知", "INSTITUTION", "AD_HOC", "<p>接待时间为上午八时半至十二时。</p>")
			.replace("\"version\"", "\"revisionNote\":\"咨询电话13803512468\",\"version\"")), 422, "unredacted-identifier");
		Response revised = edit(id, item("检察服务中心接待须知", "INSTITUTION", "AD_HOC", "<p>接待时间为上午八时半至十二时。</p>")
			.replace("\"version\"", "\"revisionNote\":\"接待时间提前半小时\",\"version\""));
		assertThat(revised.<String>read("$.revisionNote")).as(revised.body()).isEqualTo("接待时间提前半小时");
		approve(id);

		Response history = this.api.anonymous("GET", "/api/public/items/" + id + "/revisions", null);
		assertThat(history.<String>read("$.title")).isEqualTo("检察服务中心接待须知");
		assertThat(history.<List<Integer>>read("$.revisions[*].revision")).containsExactly(2, 1);
		assertThat(history.<List<String>>read("$.revisions[*].note")).containsExactly("接待时间提前半小时", null);
		assertThat(this.api.anonymous("GET", "/api/public/items/" + id + "/revisions/1", null).<String>read("$.body"))
			.contains("上午九时");
		assertThat(this.api.anonymous("GET", "/api/public/items/" + id + "/revisions/2", null).<String>read("$.body"))
			.contains("上午八时半");
		assertProblem(this.api.anonymous("GET", "/api/public/items/" + id + "/revisions/3", null), 404,
				"revision-not-found");

		assertProblem(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw",
				"{\"reason\":\"当事人14010519850312457X要求撤回\"}"), 422, "unredacted-identifier");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw",
				"{\"reason\":\"接待时间以服务中心公告为准\"}")))
			.isEqualTo("WITHDRAWN");

		List<Map<String, Object>> changes = this.api
			.anonymous("GET", "/api/public/changes?category=GOVERNMENT_AFFAIRS&subKind=INSTITUTION&limit=200", null)
			.read("$.changes[?(@.id == '" + id + "')]");
		assertThat(changes).extracting((change) -> change.get("kind"))
			.containsExactly("WITHDRAWN", "REVISED", "PUBLISHED");
		assertThat(changes).extracting((change) -> change.get("revision")).containsExactly(2, 2, 1);
		assertThat(changes).extracting((change) -> change.get("note"))
			.containsExactly("接待时间以服务中心公告为准", "接待时间提前半小时", null);
		assertThat(changes.get(0).get("summary")).as("a withdrawal carries no text").isNull();

		for (String path : List.of("", "/revisions", "/revisions/1")) {
			Response gone = this.api.anonymous("GET", "/api/public/items/" + id + path, null);
			assertProblem(gone, 410, "item-withdrawn");
			assertThat(gone.<String>read("$.title")).isEqualTo("该信息已撤回");
			assertThat(gone.<String>read("$.withdrawal.title")).isEqualTo("检察服务中心接待须知");
			assertThat(gone.<String>read("$.withdrawal.reason")).isEqualTo("接待时间以服务中心公告为准");
			assertThat(gone.<String>read("$.withdrawal.publishedAt")).isNotNull();
			assertThat(gone.<String>read("$.withdrawal.withdrawnAt")).isNotNull();
			assertThat(gone.body()).as("never the withdrawn text").doesNotContain("接待时间为上午");
		}
		assertThat(sitemapIds()).doesNotContain(id);
	}

	@Test
	void anInternalItemIsNotFoundAnywhereWithdrawnOrNot() {
		String id = publish(item("内部工作安排", null, "AD_HOC", "<p>仅供内部。</p>").replace("\"PUBLIC\"", "\"INTERNAL\""));
		assertInvisible(id);
		assertThat(status(
				this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw", "{\"reason\":\"安排已调整\"}")))
			.isEqualTo("WITHDRAWN");
		assertInvisible(id);
	}

	@Test
	void sectionsPinTheirLongTermItemsAndGuidesAreFoundByCaseStage() {
		String longTerm = publish(item("刑事诉讼法解读", "LEGAL_INTERPRETATION", "LONG_TERM", "<p>解读。</p>"));
		String later = publish(item("民法典解读", "LEGAL_INTERPRETATION", "AD_HOC", "<p>解读。</p>"));
		String guide = publish(item("审查起诉阶段办事指南", "GUIDE", "LONG_TERM", "<p>指南。</p>").replace("\"version\"",
				"\"caseStages\":[\"审查起诉\"],\"version\""));
		String otherGuide = publish(item("审判阶段办事指南", "GUIDE", "LONG_TERM", "<p>指南。</p>").replace("\"version\"",
				"\"caseStages\":[\"审判\"],\"version\""));
		String report = publish(item("案件信息公开工作情况", null, "PERIODIC", "<p>情况。</p>").replace("\"version\"",
				"\"period\":\"2026Q3\",\"version\""));

		List<String> section = ids(
				"/api/public/items?category=GOVERNMENT_AFFAIRS&subKind=LEGAL_INTERPRETATION&size=100");
		assertThat(section).contains(longTerm, later).doesNotContain(guide, report);
		assertThat(section.indexOf(longTerm)).as("pinned although older").isLessThan(section.indexOf(later));
		assertThat(ids("/api/public/items?subKind=GUIDE&subKind=LEGAL_INTERPRETATION&size=100")).contains(longTerm,
				later, guide, otherGuide);
		assertThat(ids("/api/public/items?subKind=GUIDE&stage=审查起诉&size=100")).contains(guide)
			.doesNotContain(otherGuide, longTerm);
		assertProblem(this.api.anonymous("GET", "/api/public/items?category=CASE_INFO&subKind=GUIDE", null), 400,
				"validation");

		Response guideItem = this.api.anonymous("GET", "/api/public/items/" + guide, null);
		assertThat(guideItem.<String>read("$.term")).isEqualTo("LONG_TERM");
		assertThat(guideItem.<List<String>>read("$.caseStages")).containsExactly("审查起诉");
		assertThat(this.api.anonymous("GET", "/api/public/items/" + report, null).<String>read("$.period"))
			.isEqualTo("2026Q3");
	}

	@Test
	void theSitemapPagesEveryCurrentPublicItemOnceInIdOrder() {
		publish(item("检察开放日活动安排", null, "AD_HOC", "<p>安排。</p>"));
		publish(item("检察开放日活动回顾", null, "AD_HOC", "<p>回顾。</p>"));
		Response first = this.api.anonymous("GET", "/api/public/sitemap?page=0&size=1", null);
		Response second = this.api.anonymous("GET", "/api/public/sitemap?page=1&size=1", null);
		int total = first.read("$.total");
		assertThat(total)
			.isEqualTo(this.api.anonymous("GET", "/api/public/items?size=1", null).<Integer>read("$.total"));
		String one = first.read("$.entries[0].id");
		String two = second.read("$.entries[0].id");
		assertThat(one).isLessThan(two);
		assertThat(sitemapIds()).hasSize(total).startsWith(one, two);
		assertProblem(this.api.anonymous("GET", "/api/public/sitemap?size=50001", null), 400, "validation");
	}

	@Test
	void anUnchangedRecordAnswersNotModifiedUntilSomethingIsPublished() throws Exception {
		String id = publish(item("关于开展检察宣传周活动的通知", null, "AD_HOC", "<p>通知。</p>"));
		String path = "/api/public/items/" + id;
		HttpResponse<String> first = get(path, Map.of());
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60").contains("public");

		HttpResponse<String> unchanged = get(path, Map.of("If-None-Match", etag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(get(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
		assertThat(get("/api/public/items?size=5", Map.of("If-None-Match", etag)).statusCode())
			.as("the tag is the address's own")
			.isEqualTo(200);

		publish(item("关于开展检察宣传周活动的补充通知", null, "AD_HOC", "<p>补充。</p>"));
		HttpResponse<String> changed = get(path, Map.of("If-None-Match", etag));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
	}

	private void assertInvisible(String id) {
		for (String path : List.of("", "/revisions", "/revisions/1")) {
			assertProblem(this.api.anonymous("GET", "/api/public/items/" + id + path, null), 404, "item-not-found");
		}
		List<String> changed = this.api.anonymous("GET", "/api/public/changes?limit=200", null).read("$.changes[*].id");
		assertThat(changed).doesNotContain(id);
		assertThat(sitemapIds()).doesNotContain(id);
	}

	private List<String> sitemapIds() {
		return ids("/api/public/sitemap", "$.entries[*].id");
	}

	private List<String> ids(String path) {
		return ids(path, "$.items[*].id");
	}

	private List<String> ids(String path, String json) {
		Response page = this.api.anonymous("GET", path, null);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.read(json);
	}

	private HttpResponse<String> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		var request = JsonRequests.of("http://127.0.0.1:" + this.port + path, "GET", null, null);
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Response edit(String id, String json) {
		Response current = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		long version = ((Number) current.read("$.version")).longValue();
		return this.api.as("clerk1", "PUT", "/api/disclosures/" + id,
				json.replace("\"version\":null", "\"version\":" + version));
	}

	private String publish(String json) {
		Response created = this.api.as("clerk1", "POST", "/api/disclosures", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		approve(id);
		return id;
	}

	private void approve(String id) {
		assertThat(status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
			.isEqualTo("PENDING_REVIEW");
		this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PUBLISHED");
	}

	private static String item(String title, String subKind, String term, String body) {
		return """
				{"title":"%s","summary":"摘要","body":"%s","category":"GOVERNMENT_AFFAIRS",%s"department":"公诉部",
				 "important":false,"term":"%s","visibility":"PUBLIC","version":null}
				""".formatted(title, body, (subKind != null) ? "\"subKind\":\"" + subKind + "\"," : "", term);
	}

}
