package cn.jianwu.hall.call;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.HallCallClosed;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.publication.MessageRows;
import cn.jianwu.hall.publication.TestApi;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open call from its announcement to its results, with disclosure-service simulated at
 * its HTTP boundary: the items are created and submitted as the member of staff, with
 * their token; responses are counted; the sweep closes the call and announces it on
 * {@code hall.events}; the results become another item.
 */
class OpenCallIT extends HallIntegrationTest {

	private static final String DEPARTMENT = "控告申诉检察部";

	/**
	 * Reads what the hall sent exactly as disclosure-service reads it: no unknown field.
	 */
	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Autowired
	CallSweep sweep;

	@Autowired
	CallResponses callResponses;

	private TestApi api;

	private final String clerk = TestStaffTokens.token("clerk3", "郑书记员", DEPARTMENT, "CLERK");

	@BeforeEach
	void api() {
		this.api = new TestApi(this.port);
	}

	@Test
	void aCallFromItsAnnouncementToItsResults() throws Exception {
		String marker = "检务公开" + UUID.randomUUID().toString().substring(0, 8);
		UUID announcement = UUID.randomUUID();
		UUID results = UUID.randomUUID();
		DisclosureServiceStub.createsItem(marker + "”公开征集意见的公告", announcement);
		DisclosureServiceStub.createsItem(marker + "”意见征集情况的说明", results);
		DisclosureServiceStub.published(announcement);
		DisclosureServiceStub.notPublic(results);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		TestApi.Response created = this.api.send("POST", "/api/hall/staff/calls", this.clerk,
				callJson(marker, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		assertThat(created.<String>read("$.state")).isEqualTo("OPEN");
		assertThat(created.<String>read("$.announcementItemId")).isEqualTo(announcement.toString());
		assertThat(created.<String>read("$.department")).isEqualTo(DEPARTMENT);
		assertThat(created.<Integer>read("$.responses")).isZero();

		LoggedRequest draft = only(marker + "”公开征集意见的公告");
		assertThat(draft.getHeader("Authorization")).isEqualTo("Bearer " + this.clerk);
		assertThat(draft.getHeader("Idempotency-Key")).contains(id);
		ItemRequest item = STRICT.readValue(draft.getBodyAsString(), ItemRequest.class);
		assertThat(item.title()).isEqualTo("关于就“" + marker + "”公开征集意见的公告");
		assertThat(item.category()).isEqualTo(Category.OTHER);
		assertThat(item.term()).isEqualTo(Term.AD_HOC);
		assertThat(item.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(item.channels()).containsExactly(Channel.values());
		assertThat(item.department()).isEqualTo(DEPARTMENT);
		assertThat(item.body()).contains("<p>为进一步做好检务公开工作，现公开征集意见。</p>", "<li>您最希望公开哪些信息？</li>", "/hall/calls/" + id);
		List<LoggedRequest> submits = DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures/" + announcement + "/submit")));
		assertThat(submits).hasSize(1);
		assertThat(submits.get(0).getHeader("Authorization")).isEqualTo("Bearer " + this.clerk);

		TestApi.Response shown = this.api.get("/api/public/calls/" + id);
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		assertThat(shown.<String>read("$.state")).isEqualTo("OPEN");
		assertThat(this.api.get("/api/public/calls?state=OPEN").<List<String>>read("$[*].id")).contains(id);
		assertThat(this.api.get("/api/public/calls?state=CLOSED").<List<String>>read("$[*].id")).doesNotContain(id);
		assertThat(this.callResponses.takingResponses(UUID.fromString(id))).contains(DEPARTMENT);

		TestApi.Response early = this.api.send("POST", "/api/hall/staff/calls/" + id + "/results", this.clerk,
				resultsJson());
		assertThat(early.status()).as(early.body()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.<String>read("$.type")).endsWith("/call-not-closed");
		assertThat(early.<String>read("$.title")).isEqualTo("征集尚未截止");

		UUID callId = UUID.fromString(id);
		MessageRows.Row first = MessageRows.message("IT-CALL-", MessageKind.CALL_RESPONSE, MessageStatus.ASSIGNED)
			.call(callId)
			.body("建议公开案件办理流程，我的电话13812345678。")
			.insert(this.jdbc);
		MessageRows.Row second = MessageRows.message("IT-CALL-", MessageKind.CALL_RESPONSE, MessageStatus.ASSIGNED)
			.call(callId)
			.insert(this.jdbc);
		TestApi.Response counted = this.api.send("GET", "/api/hall/staff/calls/" + id, this.clerk, null);
		assertThat(counted.<Integer>read("$.responses")).isEqualTo(2);
		TestApi.Response responses = this.api.send("GET", "/api/hall/staff/calls/" + id + "/responses", this.clerk,
				null);
		assertThat(responses.status()).as(responses.body()).isEqualTo(200);
		assertThat(responses.<Integer>read("$.total")).isEqualTo(2);
		assertThat(responses.<List<String>>read("$.items[*].id")).containsExactlyInAnyOrder(first.id().toString(),
				second.id().toString());
		assertThat(responses.body()).doesNotContain("13812345678", "建议公开案件办理流程");

		this.jdbc.update("UPDATE open_call SET opens_at = now() - interval '2 hours', "
				+ "closes_at = now() - interval '1 minute' WHERE id = ?::uuid", id);
		this.sweep.sweep();

		assertThat(this.jdbc.queryForObject("SELECT closed_at IS NOT NULL FROM open_call WHERE id = ?::uuid",
				Boolean.class, id))
			.isTrue();
		List<TestEvents.Keyed> closed = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallCallClosed call && call.callId().equals(id),
				Duration.ofSeconds(30));
		assertThat(closed).hasSize(1);
		assertThat(closed.get(0).key()).isEqualTo(id);
		assertThat(((HallCallClosed) closed.get(0).event().payload()).responses()).isEqualTo(2);
		assertThat(this.api.send("GET", "/api/hall/staff/calls/" + id, this.clerk, null).<String>read("$.state"))
			.isEqualTo("CLOSED");
		assertThat(this.callResponses.takingResponses(UUID.fromString(id))).isEmpty();
		// A second sweep finds nothing more to close.
		this.sweep.sweep();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE subject_id = ?::uuid AND action = 'CLOSE_CALL'", Long.class,
				id))
			.isEqualTo(1);

		TestApi.Response published = this.api.send("POST", "/api/hall/staff/calls/" + id + "/results", this.clerk,
				resultsJson());
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.<String>read("$.resultsItemId")).isEqualTo(results.toString());
		assertThat(published.<String>read("$.state")).isEqualTo("CLOSED");
		LoggedRequest resultsDraft = only(marker + "”意见征集情况的说明");
		assertThat(resultsDraft.getHeader("Authorization")).isEqualTo("Bearer " + this.clerk);
		ItemRequest resultsItem = STRICT.readValue(resultsDraft.getBodyAsString(), ItemRequest.class);
		assertThat(resultsItem.title()).isEqualTo("关于“" + marker + "”意见征集情况的说明");
		assertThat(resultsItem.category()).isEqualTo(Category.OTHER);
		assertThat(resultsItem.body()).contains("共收到意见2条", "<p>多数意见希望公开办案流程。</p>", "<p>已采纳：增设办案流程栏目。</p>");
		assertThat(DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures/" + results + "/submit")))).singleElement()
			.satisfies((submit) -> assertThat(submit.getHeader("Authorization")).isEqualTo("Bearer " + this.clerk));

		TestApi.Response again = this.api.send("POST", "/api/hall/staff/calls/" + id + "/results", this.clerk,
				resultsJson());
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.<String>read("$.type")).endsWith("/call-results-exist");
		assertThat(this.api.get("/api/public/calls/" + id).<String>read("$.resultsSummary")).isNull();

		DisclosureServiceStub.published(results);
		TestApi.Response done = this.api.get("/api/public/calls?state=RESULTS_PUBLISHED");
		assertThat(done.<List<String>>read("$[*].id")).contains(id);
		TestApi.Response one = this.api.get("/api/public/calls/" + id);
		assertThat(one.<String>read("$.state")).isEqualTo("RESULTS_PUBLISHED");
		assertThat(one.<String>read("$.resultsSummary")).isEqualTo("多数意见希望公开办案流程。");
		assertThat(one.<Integer>read("$.responses")).isEqualTo(2);

		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_id = ?::uuid ORDER BY seq",
				String.class, id))
			.containsExactly("OPEN_CALL", "CLOSE_CALL", "PUBLISH_RESULTS");
	}

	@Test
	void aCallWhoseAnnouncementIsNotPublicDoesNotExistForThePublic() {
		String marker = "未发布" + UUID.randomUUID().toString().substring(0, 8);
		UUID announcement = UUID.randomUUID();
		DisclosureServiceStub.createsItem(marker + "”公开征集意见的公告", announcement);
		DisclosureServiceStub.notPublic(announcement);
		Instant now = Instant.now();

		TestApi.Response created = this.api.send("POST", "/api/hall/staff/calls", this.clerk,
				callJson(marker, now.plus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS)));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		assertThat(created.<String>read("$.state")).isEqualTo("SCHEDULED");
		assertThat(this.api.get("/api/public/calls").<List<String>>read("$[*].id")).doesNotContain(id);
		TestApi.Response hidden = this.api.get("/api/public/calls/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.contentType()).startsWith("application/problem+json");
		assertThat(this.callResponses.takingResponses(UUID.fromString(id))).isEmpty();
		assertThat(this.api.send("GET", "/api/hall/staff/calls", this.clerk, null).<List<String>>read("$[*].id"))
			.contains(id);
	}

	@Test
	void onlyTheRolesThatWriteMayOpenACallAndItsTimesMustMakeSense() {
		String marker = "拒绝" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		String supervisor = TestStaffTokens.token("supervisor1", "监督员", DEPARTMENT, "SUPERVISOR");

		TestApi.Response refused = this.api.send("POST", "/api/hall/staff/calls", supervisor,
				callJson(marker, now, now.plus(1, ChronoUnit.DAYS)));
		TestApi.Response backwards = this.api.send("POST", "/api/hall/staff/calls", this.clerk,
				callJson(marker, now.plus(2, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)));
		TestApi.Response anonymous = this.api.send("POST", "/api/hall/staff/calls", null,
				callJson(marker, now, now.plus(1, ChronoUnit.DAYS)));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.<String>read("$.detail")).isEqualTo("截止时间应晚于开始时间。");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(DisclosureServiceStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures"))
			.withRequestBody(matchingJsonPath("$.title", containing(marker))))).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM open_call WHERE title = ?", Long.class, marker))
			.isZero();
	}

	private static LoggedRequest only(String titlePart) {
		List<LoggedRequest> found = DisclosureServiceStub.SERVER
			.findAll(postRequestedFor(urlPathEqualTo("/api/disclosures"))
				.withRequestBody(matchingJsonPath("$.title", containing(titlePart))));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static String callJson(String title, Instant opensAt, Instant closesAt) {
		return """
				{"title":"%s","body":"为进一步做好检务公开工作，现公开征集意见。\\n欢迎社会各界积极参与。",
				 "opensAt":"%s","closesAt":"%s","questions":["您最希望公开哪些信息？","您对检察服务大厅有何建议？"]}
				""".formatted(title, opensAt, closesAt);
	}

	private static String resultsJson() {
		return """
				{"summary":"多数意见希望公开办案流程。","adopted":"已采纳：增设办案流程栏目。"}
				""";
	}

}
