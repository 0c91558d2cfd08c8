package cn.jianwu.disclosure.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
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
 * The export search-service rebuilds its index from (and channel-bulletin reconciles its
 * stores with): every current public revision meant for the portal, or for the channel
 * named, redacted, page by page, for anyone; nothing internal, withdrawn or not meant for
 * the channel.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false" })
class PublicItemExportIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	StaffApi api;

	@BeforeEach
	void api() {
		this.api = new StaffApi(this.port);
	}

	@Test
	void exportsTheCurrentPublicPortalItemsPageByPage() {
		String portal = publish(item("关于举办“检察开放日”活动的公告", "PUBLIC", null));
		String weiboOnly = publish(item("新闻发布会预告", "PUBLIC", "[\"weibo\"]"));
		String internal = publish(item("关于年度考核工作的内部通知", "INTERNAL", null));
		String withdrawn = publish(item("关于撤回的公告", "PUBLIC", null));
		assertThat(status(
				this.api.as("leader1", "POST", "/api/disclosures/" + withdrawn + "/withdraw", "{\"reason\":\"信息有误\"}")))
			.isEqualTo("WITHDRAWN");
		String revised = publish(decision(null));
		revise(revised, decision(null).replace("犯罪情节轻微", "犯罪情节轻微，已赔偿被害人"));

		List<Map<String, Object>> exported = new ArrayList<>();
		Response first = this.api.anonymous("GET", "/api/public/items/export?size=2", null);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		Integer total = first.read("$.total");
		Response page = first;
		while (true) {
			exported.addAll(page.read("$.items"));
			String next = page.read("$.next");
			if (next == null) {
				break;
			}
			assertThat(page.<List<?>>read("$.items")).hasSize(2);
			page = this.api.anonymous("GET", "/api/public/items/export?size=2&after=" + next, null);
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			assertThat(page.<Object>read("$.total")).isNull();
		}

		List<String> ids = exported.stream().map((item) -> (String) item.get("id")).toList();
		assertThat(total).isEqualTo(exported.size());
		assertThat(ids).doesNotHaveDuplicates().isSorted().contains(portal, revised);
		assertThat(ids).doesNotContain(weiboOnly, internal, withdrawn);
		Map<String, Object> current = exported.get(ids.indexOf(revised));
		assertThat(current).containsEntry("revision", 2)
			.containsEntry("category", "GOVERNMENT_AFFAIRS")
			.containsEntry("department", "公诉部")
			.containsEntry("portalUrl", "http://localhost:8080/items/" + revised);
		assertThat((String) current.get("body")).contains("已赔偿被害人").contains("孙某").doesNotContain("孙建华");
		assertThat((String) current.get("publishedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

		List<String> weibo = exportedIds("weibo");
		assertThat(weibo).contains(weiboOnly, portal, revised).doesNotContain(internal, withdrawn);
		String screensOnly = publish(item("大厅显示屏通知", "PUBLIC", "[\"screens\"]"));
		assertThat(exportedIds("screens")).contains(screensOnly).doesNotContain(weiboOnly, internal, withdrawn);
		assertThat(exportedIds("portal")).doesNotContain(screensOnly, weiboOnly);
	}

	@Test
	void longTermItemsStayAtTheTopOfTheirColumn() {
		String longTerm = publish(personnel("本院内设机构及职能", "LONG_TERM"));
		String later = publish(personnel("本院检察官遴选公告", "AD_HOC"));

		List<String> column = this.api.anonymous("GET", "/api/public/items?category=PERSONNEL&size=100", null)
			.read("$.items[*].id");
		assertThat(column).contains(longTerm, later);
		assertThat(column.indexOf(longTerm)).as("pinned in the 检察队伍信息 column although older")
			.isLessThan(column.indexOf(later));
		List<String> latest = this.api.anonymous("GET", "/api/public/items?size=100", null).read("$.items[*].id");
		assertThat(latest.indexOf(later)).as("the latest list keeps its order").isLessThan(latest.indexOf(longTerm));
	}

	@Test
	void pagesOutsideTheLimitsAreProblems() {
		assertProblem(this.api.anonymous("GET", "/api/public/items/export?size=0", null), 400, "validation");
		assertProblem(this.api.anonymous("GET", "/api/public/items/export?size=501", null), 400, "validation");
		assertProblem(this.api.anonymous("GET", "/api/public/items/export?after=abc", null), 400, "validation");
		assertProblem(this.api.anonymous("GET", "/api/public/items/export?channel=fax", null), 400, "validation");
		assertThat(this.api.anonymous("GET", "/api/public/items/export?size=500", null).status()).isEqualTo(200);
	}

	private List<String> exportedIds(String channel) {
		List<String> ids = new ArrayList<>();
		String query = "/api/public/items/export?size=500&channel=" + channel;
		Response page = this.api.anonymous("GET", query, null);
		Integer total = page.read("$.total");
		while (true) {
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			ids.addAll(page.read("$.items[*].id"));
			String next = page.read("$.next");
			if (next == null) {
				break;
			}
			page = this.api.anonymous("GET", query + "&after=" + next, null);
		}
		assertThat(total).isEqualTo(ids.size());
		return ids;
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

	private void revise(String id, String json) {
		Response current = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		long version = ((Number) current.read("$.version")).longValue();
		Response edited = this.api.as("clerk1", "PUT", "/api/disclosures/" + id,
				json.replace("\"version\":null", "\"version\":" + version + ",\"revisionNote\":\"补充赔偿情况\""));
		assertThat(edited.<Integer>read("$.revision")).as(edited.body()).isEqualTo(2);
		approve(id);
	}

	private static String item(String title, String visibility, String channels) {
		return """
				{"title":"%s","summary":"摘要","body":"<p>活动安排详见附件。</p>",
				 "category":"GOVERNMENT_AFFAIRS","department":"公诉部","important":false,"term":"AD_HOC",
				 "visibility":"%s",%s"version":null}
				""".formatted(title, visibility, (channels != null) ? "\"channels\":" + channels + "," : "");
	}

	private static String personnel(String title, String term) {
		return """
				{"title":"%s","summary":"摘要","body":"<p>详见正文。</p>",
				 "category":"PERSONNEL","department":"公诉部","important":false,"term":"%s",
				 "visibility":"PUBLIC","version":null}
				""".formatted(title, term);
	}

	/** A legal document naming a person, whom publication redacts to 孙某. */
	private static String decision(String channels) {
		return """
				{"title":"孙建华故意伤害案不起诉决定书","summary":"本院决定对孙建华不起诉。",
				 "body":"<p>被不起诉人孙建华犯罪情节轻微，依法决定不起诉。</p>",
				 "category":"GOVERNMENT_AFFAIRS","department":"公诉部","important":false,"term":"AD_HOC",
				 "visibility":"PUBLIC","persons":["孙建华"],%s"version":null}
				""".formatted((channels != null) ? "\"channels\":" + channels + "," : "");
	}

}
