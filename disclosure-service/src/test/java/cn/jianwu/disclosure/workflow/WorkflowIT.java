package cn.jianwu.disclosure.workflow;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.ContractShapes;
import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.Topics;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.disclosure.StaffApi.assertProblem;
import static cn.jianwu.disclosure.StaffApi.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval chain through the HTTP API with real tokens, on real PostgreSQL and Kafka:
 * publication, revisions, withdrawal, deliveries, audit and idempotency. Who may take
 * each step, and what a step needs, are unit-tested in {@code WorkflowRefusalsTest},
 * {@code ApprovalStepTest} and {@code DisclosureRulesTest}, what the privacy gate finds
 * in {@code PublicTextTest}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false", "jianwu.publication.check-every=1s" })
class WorkflowIT {

	/** 14010519850312457X: a fictional resident ID number with a valid check digit. */
	static final String ID_NUMBER = "14010519850312457X";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventSender events;

	StaffApi api;

	@BeforeEach
	void api() {
		this.api = new StaffApi(this.port);
	}

	@Test
	void legalDocumentGoesThroughTheChainAndIsPublishedOnceWithRedactedTextOnly() {
		String id = draft("clerk1", legalDocument(false));
		assertThat(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null).status()).isEqualTo(200);
		assertThat(status(this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{\"comment\":\"同意\"}")))
			.isEqualTo("PENDING_APPROVAL");
		Response published = this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve",
				"{\"comment\":\"同意发布\"}");
		assertThat(status(published)).isEqualTo("PUBLISHED");
		assertThat(published.<List<String>>read("$.history[*].action")).containsExactly("CREATE", "SUBMIT", "APPROVE",
				"APPROVE", "PUBLISH");

		List<PlatformEvent> events = eventsFor(id, 1);
		assertThat(events).hasSize(1);
		DisclosurePublished event = (DisclosurePublished) events.get(0);
		assertThat(event.revision()).isEqualTo(1);
		assertThat(event.title()).isEqualTo("王某涉嫌盗窃案不起诉决定书");
		assertThat(event.body()).contains("被不起诉人王某")
			.doesNotContain("王建国")
			.doesNotContain(ID_NUMBER)
			.doesNotContain("13803512468");
		assertThat(event.portalUrl()).endsWith("/items/" + id);

		Response publicItem = this.api.anonymous("GET", "/api/public/items/" + id, null);
		assertThat(publicItem.status()).isEqualTo(200);
		ContractShapes.assertShape(publicItem.body(), ApiExamples.PUBLIC_ITEM, PublicItem.class);
		assertThat(publicItem.body()).contains("王某").doesNotContain("王建国").doesNotContain(ID_NUMBER);
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures/" + id, null).body()).as("sanitised on the way in")
			.doesNotContain("<script");
	}

	@Test
	void refusedStepsAnswerProblemsAndARejectSaysWhatToChange() {
		String id = draft("clerk1", legalDocument(false));
		assertProblem(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/approve", "{}"), 409,
				"invalid-transition");
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertProblem(this.api.as("head2", "POST", "/api/disclosures/" + id + "/approve", "{}"), 403, "forbidden");
		assertProblem(this.api.as("head1", "POST", "/api/disclosures/" + id + "/reject", "{}"), 400, "validation");
		assertThat(
				status(this.api.as("head1", "POST", "/api/disclosures/" + id + "/reject", "{\"comment\":\"请补充案由\"}")))
			.isEqualTo("DRAFT");
		assertProblem(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/withdraw", "{\"reason\":\"x\"}"), 403,
				"forbidden");
		assertProblem(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw", "{\"reason\":\"x\"}"), 409,
				"invalid-transition");
	}

	@Test
	void aRefusedApprovalStaysInTheAuditTrailAndEveryStepReachesTheReportsWithItsObligation() {
		String obligation = "OB-IT-" + UUID.randomUUID();
		String id = draft("clerk1", item("公开任务对应事项", "PUBLIC", "[]", null).replace("\"important\"",
				"\"obligationId\":\"" + obligation + "\",\"important\""));
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures/" + id, null).<String>read("$.obligationId"))
			.isEqualTo(obligation);
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		// The rules are checked again at every approval. The API lets nobody change an
		// item under review, so the stored item is changed behind its back: an exemption
		// that keeps it from the public.
		this.jdbc.update("update disclosure_item set exemptions = '{PERSONAL_PRIVACY}' where id = ?::uuid", id);

		assertProblem(this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}"), 422, "exempt-item");

		Response refused = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		assertThat(status(refused)).isEqualTo("PENDING_REVIEW");
		assertThat(refused.<List<String>>read("$.history[*].action")).containsExactly("CREATE", "SUBMIT", "REFUSE");
		assertThat(refused.<String>read("$.history[2].actor")).isEqualTo("head1");
		assertThat(refused.<String>read("$.history[2].comment")).isEqualTo("该事项不得向社会公开");
		DisclosureStepRecorded refusal = step(stepsFor(id, 3), WorkflowAction.REFUSE);
		assertThat(refusal.action()).isEqualTo(WorkflowAction.REFUSE);
		assertThat(refusal.actor()).isEqualTo("head1");
		assertThat(refusal.actorRole()).isEqualTo("SECTION_HEAD");
		assertThat(refusal.actorDepartment()).isEqualTo("公诉部");
		assertThat(refusal.department()).isEqualTo("公诉部");
		assertThat(refusal.obligationId()).isEqualTo(obligation);
		assertThat(refusal.fromStatus()).isEqualTo("PENDING_REVIEW").isEqualTo(refusal.toStatus());
		assertThat(refusal.comment()).isEqualTo("该事项不得向社会公开");

		this.jdbc.update("update disclosure_item set exemptions = '{}' where id = ?::uuid", id);
		approveAll(id);
		List<DisclosureStepRecorded> steps = stepsFor(id, 6);
		assertThat(steps.stream().map(DisclosureStepRecorded::action)).containsExactlyInAnyOrder(WorkflowAction.CREATE,
				WorkflowAction.SUBMIT, WorkflowAction.REFUSE, WorkflowAction.APPROVE, WorkflowAction.APPROVE,
				WorkflowAction.PUBLISH);
		DisclosureStepRecorded publication = step(steps, WorkflowAction.PUBLISH);
		assertThat(publication.actor()).isEqualTo("system");
		assertThat(publication.actorDepartment()).isNull();
		assertThat(publication.obligationId()).isEqualTo(obligation);
		assertThat(((DisclosurePublished) eventsFor(id, 1).get(0)).obligationId()).isEqualTo(obligation);
		assertThat(this.api.anonymous("GET", "/api/public/items/" + id, null).body()).doesNotContain(obligation);
	}

	@Test
	void theStaffItemHasTheContractsShapeAndSaysWhatTheCallerMayDoNext() {
		String id = draft("clerk1", legalDocument(false));
		assertThat(allowed("clerk1", id)).containsExactly(WorkflowAction.EDIT, WorkflowAction.SUBMIT);
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertThat(allowed("clerk1", id)).as("the author, while it is under review").isEmpty();
		assertThat(allowed("head1", id)).containsExactly(WorkflowAction.APPROVE, WorkflowAction.REJECT);
		assertThat(allowed("leader1", id)).as("not the leader's step yet").isEmpty();
		this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(allowed("head1", id)).isEmpty();
		assertThat(allowed("leader1", id)).containsExactly(WorkflowAction.APPROVE, WorkflowAction.REJECT);
		this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(allowed("leader1", id)).containsExactly(WorkflowAction.WITHDRAW);
		assertThat(allowed("clerk1", id)).as("a new revision").containsExactly(WorkflowAction.EDIT);
	}

	private List<WorkflowAction> allowed(String username, String id) {
		Response item = this.api.as(username, "GET", "/api/disclosures/" + id, null);
		assertThat(item.status()).as(item.body()).isEqualTo(200);
		return ContractShapes.assertShape(item.body(), ApiExamples.STAFF_ITEM, StaffItem.class).allowedActions();
	}

	@Test
	void aScheduledItemWaitsForItsTimeThenGoesPublic() {
		// far enough ahead that three approvals on a busy machine finish before it
		String publishAt = java.time.Instant.now().plusSeconds(15).toString();
		String id = draft("clerk1",
				legalDocument(false).replace("\"version\":null", "\"publishAt\":\"" + publishAt + "\""));
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("APPROVED");
		assertThat(this.api.anonymous("GET", "/api/public/items/" + id, null).status()).isEqualTo(404);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(45))
			.untilAsserted(() -> assertThat(this.api.anonymous("GET", "/api/public/items/" + id, null).status())
				.isEqualTo(200));
		assertThat(status(this.api.as("clerk1", "GET", "/api/disclosures/" + id, null))).isEqualTo("PUBLISHED");
	}

	@Test
	void theDeliveryBoardShowsEachChannelsLatestReport() {
		String id = publish(legalDocument(false));
		java.time.Instant now = java.time.Instant.now();
		this.events.send(new ChannelDeliveryReported(id, 1, Channel.WEIBO, DeliveryStatus.DELIVERED, 2, "5012345678",
				null, now));
		this.events.send(new ChannelDeliveryReported(id, 1, Channel.WEIBO, DeliveryStatus.FAILED, 1, null, "超时",
				now.minusSeconds(30)));
		this.events
			.send(new ChannelDeliveryReported(id, 1, Channel.BULLETIN, DeliveryStatus.DELIVERED, 1, null, null, now));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Response item = this.api.as("press", "GET", "/api/disclosures/" + id, null);
			assertThat(item.<List<String>>read("$.deliveries[*].channel")).containsExactlyInAnyOrder("weibo",
					"bulletin");
			assertThat(item.<List<String>>read("$.deliveries[?(@.channel == 'weibo')].status"))
				.containsExactly("DELIVERED");
			assertThat(item.<List<String>>read("$.deliveries[?(@.channel == 'weibo')].externalRef"))
				.containsExactly("5012345678");
			assertThat(item.<List<Integer>>read("$.deliveries[?(@.channel == 'weibo')].attempts")).containsExactly(2);
		});
	}

	@Test
	void editingAPublishedItemMakesARevisionThatReplacesItAndWithdrawalRetractsIt() {
		String id = publish(legalDocument(false));
		Response current = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		long version = ((Number) current.read("$.version")).longValue();
		Response edited = this.api.as("clerk1", "PUT", "/api/disclosures/" + id,
				legalDocument(false)
					.replace("\"version\":null", "\"version\":" + version + ",\"revisionNote\":\"更正涉案金额\"")
					.replace("价值人民币860元", "价值人民币680元"));
		assertThat(edited.<Integer>read("$.revision")).isEqualTo(2);
		assertThat(status(edited)).isEqualTo("DRAFT");
		assertThat(this.api.anonymous("GET", "/api/public/items/" + id, null).<Integer>read("$.revision")).isEqualTo(1);

		Response stale = this.api.as("clerk1", "PUT", "/api/disclosures/" + id, legalDocument(false)
			.replace("\"version\":null", "\"version\":" + version + ",\"revisionNote\":\"更正涉案金额\""));
		assertProblem(stale, 409, "concurrent-edit");

		approveAll(id);
		Response publicItem = this.api.anonymous("GET", "/api/public/items/" + id, null);
		assertThat(publicItem.<Integer>read("$.revision")).isEqualTo(2);
		assertThat(publicItem.body()).contains("680元");
		DisclosureRevised revised = (DisclosureRevised) eventsFor(id, 2).get(1);
		assertThat(revised.replacesRevision()).isEqualTo(1);

		assertProblem(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw", "{\"reason\":\" \"}"), 400,
				"validation");
		Response withdrawn = this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw",
				"{\"reason\":\"文书信息有误\"}");
		assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
		assertProblem(this.api.anonymous("GET", "/api/public/items/" + id, null), 410, "item-withdrawn");
		assertThat(eventsFor(id, 3).get(2)).isInstanceOf(DisclosureWithdrawn.class);
	}

	@Test
	void pressOfficerAsksOneChannelToDeliverAgain() {
		String id = publish(legalDocument(false));
		assertProblem(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/channels/weibo/retry", null), 403,
				"forbidden");
		assertThat(this.api.as("press", "POST", "/api/disclosures/" + id + "/channels/weibo/retry", null).status())
			.isEqualTo(202);
		RedeliveryRequested redeliver = (RedeliveryRequested) eventsFor(id, 2).get(1);
		assertThat(redeliver.channel().id()).isEqualTo("weibo");
		assertThat(redeliver.requestedBy()).isEqualTo("press");
	}

	@Test
	void theSupervisorDetectsAnEditedAuditRow() {
		String id = publish(legalDocument(false));
		Response intact = this.api.as("supervisor", "GET", "/api/disclosures/audit/verification", null);
		assertThat(intact.<Boolean>read("$.intact")).isTrue();
		assertProblem(this.api.as("clerk1", "GET", "/api/disclosures/audit/verification", null), 403, "forbidden");

		Long seq = this.jdbc.queryForObject(
				"select min(seq) from audit_entry where item_id = ?::uuid and action = 'APPROVE'", Long.class, id);
		this.jdbc.update("update audit_entry set actor = 'head2' where seq = ?", seq);
		try {
			Response broken = this.api.as("supervisor", "GET", "/api/disclosures/audit/verification", null);
			assertThat(broken.<Boolean>read("$.intact")).isFalse();
			assertThat(((Number) broken.read("$.firstBrokenSeq")).longValue()).isEqualTo(seq);
		}
		finally {
			this.jdbc.update("update audit_entry set actor = 'head1' where seq = ?", seq);
		}
	}

	@Test
	void theUnredactedWorkingCopyIsForTheDepartmentAndTheApprovers() {
		String id = draft("clerk1", legalDocument(false));
		assertThat(this.api.as("head1", "GET", "/api/disclosures/" + id, null).body()).contains("王建国");
		assertThat(this.api.as("leader1", "GET", "/api/disclosures/" + id, null).status()).isEqualTo(200);
		assertProblem(this.api.as("clerk2", "GET", "/api/disclosures/" + id, null), 403, "forbidden");
		assertProblem(this.api.as("casemgr", "GET", "/api/disclosures/" + id, null), 403, "forbidden");
		assertThat(this.api.as("clerk2", "GET", "/api/disclosures?size=100", null).body()).doesNotContain(id);
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures?size=100", null).body()).contains(id);
	}

	@Test
	void errorsAreProblemDetails() {
		assertProblem(this.api.as("clerk1", "GET", "/api/disclosures/" + UUID.randomUUID(), null), 404,
				"item-not-found");
		assertProblem(this.api.anonymous("GET", "/api/disclosures", null), 401, "unauthorized");
		Response invalid = this.api.as("clerk1", "POST", "/api/disclosures", "{\"body\":\"<p>x</p>\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.body()).contains("请填写标题");
		assertProblem(this.api.as("leader1", "POST", "/api/disclosures", legalDocument(false)), 403, "forbidden");
	}

	private String publish(String json) {
		String id = draft("clerk1", json);
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		approveAll(id);
		return id;
	}

	private void approveAll(String id) {
		if ("DRAFT".equals(status(this.api.as("clerk1", "GET", "/api/disclosures/" + id, null)))) {
			assertThat(status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
				.isEqualTo("PENDING_REVIEW");
		}
		this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PUBLISHED");
	}

	@Test
	void aRetriedCreateOrApprovalWithTheSameKeyIsAnsweredWithTheFirstResultAndChangesNothing() {
		String key = UUID.randomUUID().toString();
		String json = item("重复提交演练", "PUBLIC", "[]", null);
		int before = this.jdbc.queryForObject("select count(*) from disclosure_item", Integer.class);
		Response first = this.api.withKey("clerk1", key, "POST", "/api/disclosures", json);
		Response retried = this.api.withKey("clerk1", key, "POST", "/api/disclosures", json);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(retried.status()).as(retried.body()).isEqualTo(201);
		String id = first.read("$.id");
		assertThat(retried.<String>read("$.id")).isEqualTo(id);
		assertThat(this.jdbc.queryForObject("select count(*) from disclosure_item", Integer.class))
			.isEqualTo(before + 1);
		Response otherAccount = this.api.withKey("clerk2", key, "POST", "/api/disclosures", json.replace("公诉部", "办公室"));
		assertThat(otherAccount.status()).as("keys are per account: " + otherAccount.body()).isEqualTo(201);
		assertThat(otherAccount.<String>read("$.id")).isNotEqualTo(id);

		Response reused = this.api.withKey("clerk1", key, "POST", "/api/disclosures",
				item("另一份草稿", "PUBLIC", "[]", null));
		assertProblem(reused, 422, "idempotency-key-reused");
		assertThat(reused.<String>read("$.title")).isEqualTo("幂等键已用于其他请求");
		assertProblem(this.api.withKey("clerk1", "k".repeat(101), "POST", "/api/disclosures", json), 400, "validation");

		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		String approval = UUID.randomUUID().toString();
		Response approved = this.api.withKey("head1", approval, "POST", "/api/disclosures/" + id + "/approve",
				"{\"comment\":\"同意\"}");
		Response again = this.api.withKey("head1", approval, "POST", "/api/disclosures/" + id + "/approve",
				"{\"comment\":\"同意\"}");
		assertThat(status(approved)).isEqualTo("PENDING_APPROVAL");
		assertThat(status(again)).isEqualTo("PENDING_APPROVAL");
		assertThat(again.<List<String>>read("$.history[*].action")).containsExactly("CREATE", "SUBMIT", "APPROVE");
	}

	private String draft(String author, String json) {
		Response created = this.api.as(author, "POST", "/api/disclosures", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

	private List<PlatformEvent> eventsFor(String id, int atLeast) {
		List<PlatformEvent> found = new java.util.ArrayList<>();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			found.clear();
			TestEvents
				.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_EVENTS, (event) -> true, Duration.ofSeconds(3))
				.stream()
				.filter((keyed) -> id.equals(keyed.key()))
				.map((keyed) -> keyed.event().payload())
				.forEach(found::add);
			assertThat(found).hasSizeGreaterThanOrEqualTo(atLeast);
		});
		return found;
	}

	private List<DisclosureStepRecorded> stepsFor(String id, int atLeast) {
		List<DisclosureStepRecorded> found = new java.util.ArrayList<>();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			found.clear();
			TestEvents
				.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_WORKFLOW,
						(event) -> id.equals(event.payload().key()), Duration.ofSeconds(3))
				.stream()
				.map((keyed) -> (DisclosureStepRecorded) keyed.event().payload())
				.forEach(found::add);
			assertThat(found).hasSizeGreaterThanOrEqualTo(atLeast);
		});
		return found;
	}

	private static DisclosureStepRecorded step(List<DisclosureStepRecorded> steps, WorkflowAction action) {
		return steps.stream().filter((step) -> step.action() == action).findFirst().orElseThrow();
	}

	static String legalDocument(boolean important) {
		return """
				{"title":"王建国涉嫌盗窃案不起诉决定书","summary":"本院对王建国涉嫌盗窃一案依法作出不起诉决定。",
				 "body":"<p>被不起诉人王建国，男，公民身份号码%s，联系电话13803512468。</p><p>经审查，王建国窃取商品价值人民币860元，已退赔。</p><script>alert(1)</script>",
				 "category":"CASE_INFO","subKind":"LEGAL_DOCUMENT","department":"公诉部","important":%s,
				 "term":"AD_HOC","visibility":"PUBLIC","persons":["王建国"],"version":null}
				"""
			.formatted(ID_NUMBER, important);
	}

	static String item(String title, String visibility, String exemptions, String body) {
		return """
				{"title":"%s","summary":"摘要","body":"%s","category":"GOVERNMENT_AFFAIRS","department":"公诉部",
				 "important":false,"term":"AD_HOC","visibility":"%s","exemptions":%s}
				""".formatted(title, (body != null) ? body.replace("\"", "\\\"") : "<p>正文</p>", visibility, exemptions);
	}

}
