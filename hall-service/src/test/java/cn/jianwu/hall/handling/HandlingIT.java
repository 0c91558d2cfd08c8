package cn.jianwu.hall.handling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.HallMessageAcknowledged;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.handling.StaffApi.Response;
import cn.jianwu.hall.handling.TestMessages.Written;
import cn.jianwu.hall.personal.WriterVault;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message's life in the staff console: the office triages, the department's clerk
 * acknowledges and drafts, its section head approves — never their own draft — and the
 * answer is announced on {@code hall.events} without text or personal data.
 */
class HandlingIT extends HallIntegrationTest {

	static final String OFFICE = "办公室";

	static final String COMPLAINTS = "控告申诉检察部";

	static final String PROSECUTION = "公诉部";

	static final String MINORS = "未成年人检察部";

	@Autowired
	WriterVault vault;

	@Autowired
	HandlingAudit audit;

	@Autowired
	AnswerClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageRepository repository;

	StaffApi api;

	TestMessages messages;

	@BeforeEach
	void setUp() {
		this.api = new StaffApi(this.port);
		this.messages = new TestMessages(this.jdbc, this.transactions, this.vault, this.audit, this.clock);
	}

	static String officer() {
		return TestStaffTokens.token("office1", "刘分办", OFFICE, StaffRole.HALL_OFFICER.name());
	}

	static String clerk(String department) {
		return TestStaffTokens.token("clerk@" + department, department + "书记员", department, StaffRole.CLERK.name());
	}

	static String head(String department) {
		return TestStaffTokens.token("head@" + department, department + "负责人", department,
				StaffRole.SECTION_HEAD.name());
	}

	static String supervisor() {
		return TestStaffTokens.token("supervisor1", "监督员", OFFICE, StaffRole.SUPERVISOR.name());
	}

	@Test
	void everyKindGoesFromTriageToAnApprovedAnswer() {
		for (MessageKind kind : List.of(MessageKind.CONSULTATION, MessageKind.SUGGESTION)) {
			Written message = this.messages.received(kind);
			Response assigned = this.api.post(officer(), message.path() + "/assign",
					"{\"department\":\"" + PROSECUTION + "\"}");
			assigned.assertOk();
			assertThat(assigned.<String>read("$.summary.status")).isEqualTo("ASSIGNED");
			assertThat(assigned.<String>read("$.summary.department")).isEqualTo(PROSECUTION);
			answerAndApprove(message, PROSECUTION, null);
			assertThat(actions(message)).containsExactly("RECEIVE", "ASSIGN", "ACKNOWLEDGE", "DRAFT_ANSWER",
					"SUBMIT_ANSWER", "APPROVE_ANSWER");
		}
		for (MessageKind kind : List.of(MessageKind.COMPLAINT, MessageKind.REPORT)) {
			answerAndApprove(this.messages.assigned(kind, COMPLAINTS), COMPLAINTS, null);
		}
		Written feedback = this.messages.assigned(MessageKind.ITEM_FEEDBACK, MINORS);
		Response answered = answerAndApprove(feedback, MINORS, 3);
		assertThat(answered.<Integer>read("$.answerRevision")).isEqualTo(3);
		answerAndApprove(this.messages.assigned(MessageKind.CALL_RESPONSE, MINORS), MINORS, null);
	}

	/** Acknowledge, draft, submit and approve; asserts what each step leaves. */
	private Response answerAndApprove(Written message, String department, Integer revision) {
		Response acknowledged = this.api.post(clerk(department), message.path() + "/acknowledge",
				"{\"text\":\"您的留言已收到，我院正在办理。\"}");
		acknowledged.assertOk();
		assertThat(acknowledged.<String>read("$.summary.status")).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.<String>read("$.acknowledgement")).isEqualTo("您的留言已收到，我院正在办理。");
		assertThat(acknowledged.<Object>read("$.acknowledgedAt")).isNotNull();

		String revisionJson = (revision != null) ? ",\"revision\":" + revision : "";
		Response drafted = this.api.post(clerk(department), message.path() + "/answer",
				"{\"text\":\"经核查，答复如下。\\n\\n第二段。\"" + revisionJson + "}");
		drafted.assertOk();
		assertThat(drafted.<String>read("$.summary.status")).isEqualTo("ACKNOWLEDGED");
		assertThat(drafted.<String>read("$.answer")).isEqualTo("经核查，答复如下。\n\n第二段。");

		Response submitted = this.api.post(clerk(department), message.path() + "/submit", null);
		submitted.assertOk();
		assertThat(submitted.<String>read("$.summary.status")).isEqualTo("PENDING_APPROVAL");
		assertThat(submitted.<List<String>>read("$.allowedActions")).isEmpty();
		assertThat(this.api.get(head(department), message.path()).assertOk().<List<String>>read("$.allowedActions"))
			.containsExactlyInAnyOrder("APPROVE_ANSWER", "RETURN_ANSWER");

		Response approved = this.api.post(head(department), message.path() + "/approve", "{\"comment\":\"同意\"}");
		approved.assertOk();
		assertThat(approved.<String>read("$.summary.status")).isEqualTo("ANSWERED");
		assertThat(approved.<String>read("$.summary.due")).isEqualTo("CLOSED");
		assertThat(approved.<Object>read("$.answeredAt")).isNotNull();
		assertThat(approved.<List<String>>read("$.allowedActions")).isEmpty();
		Map<String, Object> row = this.jdbc.queryForMap(
				"select answered_by, drafted_by, working_days, closed_at from message where id = ?", message.id());
		assertThat(row.get("answered_by")).isEqualTo("head@" + department);
		assertThat(row.get("drafted_by")).isEqualTo("clerk@" + department);
		assertThat(row.get("working_days")).isEqualTo(0);
		assertThat(row.get("closed_at")).isNotNull();
		return approved;
	}

	@Test
	void complaintStartsWithTheComplaintsDepartmentNotWithOthers() {
		Written complaint = this.messages.assigned(MessageKind.COMPLAINT, COMPLAINTS);

		assertThat(ids(this.api.get(clerk(COMPLAINTS), "/api/hall/staff/messages?size=100"))).contains(complaint.id());
		assertThat(ids(this.api.get(clerk(PROSECUTION), "/api/hall/staff/messages?size=100")))
			.doesNotContain(complaint.id());
		assertThat(this.api.get(clerk(COMPLAINTS), complaint.path()).assertOk().<List<String>>read("$.allowedActions"))
			.containsExactlyInAnyOrder("ACKNOWLEDGE", "DRAFT_ANSWER");
		this.api.post(clerk(PROSECUTION), complaint.path() + "/acknowledge", "{\"text\":\"已收到\"}")
			.assertProblem(403, "forbidden");
		this.api.get(clerk(PROSECUTION), complaint.path()).assertProblem(403, "forbidden");

		// The office may still move it elsewhere before it is acknowledged.
		this.api.post(officer(), complaint.path() + "/assign", "{\"department\":\"" + PROSECUTION + "\"}").assertOk();
		this.api.post(clerk(PROSECUTION), complaint.path() + "/acknowledge", "{\"text\":\"已收到\"}").assertOk();
		this.api.post(officer(), complaint.path() + "/assign", "{\"department\":\"" + COMPLAINTS + "\"}")
			.assertProblem(409, "invalid-transition");
	}

	@Test
	void noOneApprovesTheirOwnDraftAndOnlyTheDepartmentsHeadApproves() {
		Written message = this.messages.assigned(MessageKind.REPORT, COMPLAINTS);
		String clerkAndHead = TestStaffTokens.token("both@" + COMPLAINTS, "兼任", COMPLAINTS, StaffRole.CLERK.name(),
				StaffRole.SECTION_HEAD.name());
		this.api.post(clerkAndHead, message.path() + "/answer", "{\"text\":\"答复草稿\"}").assertOk();
		this.api.post(clerkAndHead, message.path() + "/submit", null).assertOk();

		Response own = this.api.post(clerkAndHead, message.path() + "/approve", "{}");
		own.assertProblem(403, "forbidden");
		assertThat(own.detail()).isEqualTo("不能审核自己起草的答复");
		assertThat(this.api.get(clerkAndHead, message.path()).<List<String>>read("$.allowedActions"))
			.doesNotContain("APPROVE_ANSWER", "RETURN_ANSWER");
		this.api.post(head(PROSECUTION), message.path() + "/approve", "{}").assertProblem(403, "forbidden");
		this.api.post(clerk(COMPLAINTS), message.path() + "/approve", "{}").assertProblem(403, "forbidden");
		this.api.post(officer(), message.path() + "/approve", "{}").assertProblem(403, "forbidden");
		assertThat(status(message)).isEqualTo("PENDING_APPROVAL");

		this.api.post(head(COMPLAINTS), message.path() + "/approve", "{}").assertOk();
		assertThat(status(message)).isEqualTo("ANSWERED");
	}

	@Test
	void stepsInTheWrongStateAreConflictsAndAReturnKeepsTheDraft() {
		Written message = this.messages.assigned(MessageKind.COMPLAINT, COMPLAINTS);
		this.api.post(clerk(COMPLAINTS), message.path() + "/submit", null).assertProblem(409, "invalid-transition");
		this.api.post(head(COMPLAINTS), message.path() + "/approve", "{}").assertProblem(409, "invalid-transition");
		this.api.post(clerk(COMPLAINTS), message.path() + "/acknowledge", "{\"text\":\"已受理\"}").assertOk();
		Response twice = this.api.post(clerk(COMPLAINTS), message.path() + "/acknowledge", "{\"text\":\"已受理\"}");
		twice.assertProblem(409, "invalid-transition");
		assertThat(twice.detail()).contains("已受理");
		this.api.post(clerk(COMPLAINTS), message.path() + "/acknowledge", "{\"text\":\"\"}")
			.assertProblem(400, "validation");

		this.api.post(clerk(COMPLAINTS), message.path() + "/answer", "{\"text\":\"第一稿\"}").assertOk();
		this.api.post(clerk(COMPLAINTS), message.path() + "/answer", "{\"text\":\"第一稿\",\"revision\":2}")
			.assertProblem(400, "validation");
		this.api.post(clerk(COMPLAINTS), message.path() + "/submit", null).assertOk();
		this.api.post(clerk(COMPLAINTS), message.path() + "/answer", "{\"text\":\"改稿\"}")
			.assertProblem(409, "invalid-transition");
		this.api.post(head(COMPLAINTS), message.path() + "/return", "{}").assertProblem(400, "validation");

		Response returned = this.api.post(head(COMPLAINTS), message.path() + "/return", "{\"comment\":\"请补充法律依据\"}");
		returned.assertOk();
		assertThat(returned.<String>read("$.summary.status")).isEqualTo("ACKNOWLEDGED");
		assertThat(returned.<String>read("$.answer")).isEqualTo("第一稿");
		assertThat(returned.<String>read("$.history[-1].action")).isEqualTo("RETURN_ANSWER");
		assertThat(returned.<String>read("$.history[-1].comment")).isEqualTo("请补充法律依据");

		this.api.post(head(COMPLAINTS), message.path() + "/approve", "{}").assertProblem(409, "invalid-transition");
		this.api.post(officer(), message.path() + "/assign", "{\"department\":\"" + PROSECUTION + "\"}")
			.assertProblem(409, "invalid-transition");
		this.api
			.post(officer(), "/api/hall/staff/messages/" + UUID.randomUUID() + "/assign",
					"{\"department\":\"" + PROSECUTION + "\"}")
			.assertProblem(404, "message-not-found");
	}

	@Test
	void aStepTakenOnAStaleCopyIsNotWritten() {
		Written message = this.messages.received(MessageKind.SUGGESTION);
		HandledMessage stale = this.repository.find(message.id()).orElseThrow();
		this.api.post(officer(), message.path() + "/assign", "{\"department\":\"" + PROSECUTION + "\"}").assertOk();

		assertThat(this.repository.update(stale.assigned(COMPLAINTS))).isFalse();
		assertThat(this.jdbc.queryForObject("select department from message where id = ?", String.class, message.id()))
			.isEqualTo(PROSECUTION);
	}

	@Test
	void submittingWithoutAnAcknowledgementAcknowledgesToo() {
		Written message = this.messages.assigned(MessageKind.COMPLAINT, COMPLAINTS);
		this.api.post(clerk(COMPLAINTS), message.path() + "/answer", "{\"text\":\"直接答复\"}").assertOk();

		Response submitted = this.api.post(clerk(COMPLAINTS), message.path() + "/submit", null);

		submitted.assertOk();
		assertThat(submitted.<Object>read("$.acknowledgedAt")).isNotNull();
		assertThat(submitted.<String>read("$.summary.status")).isEqualTo("PENDING_APPROVAL");
		assertThat(actions(message)).containsExactly("RECEIVE", "DRAFT_ANSWER", "ACKNOWLEDGE", "SUBMIT_ANSWER");
	}

	@Test
	void theOfficeAssignsMergesAndRefers() {
		Written original = this.messages.received(MessageKind.SUGGESTION);
		Written duplicate = this.messages.received(MessageKind.SUGGESTION);
		Written outside = this.messages.received(MessageKind.CONSULTATION);

		this.api.post(clerk(PROSECUTION), duplicate.path() + "/merge", "{\"into\":\"" + original.id() + "\"}")
			.assertProblem(403, "forbidden");
		this.api.post(officer(), duplicate.path() + "/assign", "{\"department\":\"不存在的部门\"}")
			.assertProblem(400, "validation");
		this.api.post(officer(), duplicate.path() + "/merge", "{\"into\":\"" + duplicate.id() + "\"}")
			.assertProblem(400, "validation");
		assertThat(this.api.get(officer(), duplicate.path()).<List<String>>read("$.allowedActions"))
			.containsExactlyInAnyOrder("ASSIGN", "MERGE", "REFER");

		Response merged = this.api.post(officer(), duplicate.path() + "/merge", "{\"into\":\"" + original.id() + "\"}");
		merged.assertOk();
		assertThat(merged.<String>read("$.summary.status")).isEqualTo("MERGED");
		assertThat(merged.<String>read("$.mergedInto")).isEqualTo(original.id().toString());
		assertThat(merged.<String>read("$.history[-1].comment")).isEqualTo("合并到" + original.reference());
		Map<String, Object> row = this.jdbc.queryForMap("select closed_at, working_days from message where id = ?",
				duplicate.id());
		assertThat(row.get("closed_at")).isNotNull();
		assertThat(row.get("working_days")).isEqualTo(0);
		this.api.post(officer(), original.path() + "/merge", "{\"into\":\"" + duplicate.id() + "\"}")
			.assertProblem(409, "invalid-transition");
		this.api.post(officer(), duplicate.path() + "/assign", "{\"department\":\"" + PROSECUTION + "\"}")
			.assertProblem(409, "invalid-transition");

		String referral = "您反映的问题属于公安机关管辖，请向当地公安机关反映。";
		Response referred = this.api.post(officer(), outside.path() + "/refer", "{\"referral\":\"" + referral + "\"}");
		referred.assertOk();
		assertThat(referred.<String>read("$.summary.status")).isEqualTo("REFERRED");
		assertThat(referred.<String>read("$.referral")).isEqualTo(referral);
		assertThat(this.jdbc.queryForObject("select closed_at from message where id = ?", Instant.class, outside.id()))
			.isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where comment like ?", Integer.class,
				"%公安机关%"))
			.isZero();
	}

	@Test
	void personalDataIsShownOnlyToTheStaffWhoHandleTheMessage() {
		Written message = this.messages.received(MessageKind.CONSULTATION);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from message m join message_writer w on w.message_id = m.id"
						+ " where m.id = ? and (m::text like ? or w::text like ? or m.body like ?)",
				Integer.class, message.id(), "%" + message.writer().phone() + "%", "%" + message.writer().phone() + "%",
				"%" + TestMessages.ID_NUMBER + "%"))
			.isZero();

		Response office = this.api.get(officer(), message.path()).assertOk();
		assertThat(office.<String>read("$.writer.name")).isEqualTo(message.writer().name());
		assertThat(office.<String>read("$.writer.phone")).isEqualTo(message.writer().phone());
		assertThat(office.<String>read("$.body")).contains(TestMessages.ID_NUMBER)
			.doesNotContain(TestMessages.PLACEHOLDER);

		Response supervisor = this.api.get(supervisor(), message.path()).assertOk();
		assertThat(supervisor.<Object>read("$.writer")).isNull();
		assertThat(supervisor.<String>read("$.body")).contains(TestMessages.PLACEHOLDER)
			.doesNotContain(TestMessages.ID_NUMBER);
		assertThat(supervisor.<List<String>>read("$.allowedActions")).isEmpty();
		this.api.get(clerk(PROSECUTION), message.path()).assertProblem(403, "forbidden");

		this.api.post(officer(), message.path() + "/assign", "{\"department\":\"" + PROSECUTION + "\"}").assertOk();
		assertThat(this.api.get(clerk(PROSECUTION), message.path()).<String>read("$.writer.phone"))
			.isEqualTo(message.writer().phone());
		assertThat(this.api.get(head(PROSECUTION), message.path()).<String>read("$.body"))
			.contains(TestMessages.ID_NUMBER);
		String leader = TestStaffTokens.token("leader1", "分管领导", PROSECUTION, StaffRole.DIVISION_LEADER.name());
		assertThat(this.api.get(leader, message.path()).assertOk().<Object>read("$.writer")).isNull();
		assertThat(this.api.get(TestStaffTokens.admin(), message.path()).assertOk().<Object>read("$.writer")).isNull();
	}

	@Test
	void acknowledgementAndApprovalPublishEventsWithoutTextOrPersonalData() {
		Written message = this.messages.write(MessageKind.CONSULTATION, SubmissionChannel.WECHAT,
				MessageStatus.ASSIGNED, PROSECUTION, Instant.now(), null);
		String acknowledgement = "程序性答复：您的留言已受理。";
		this.api.post(clerk(PROSECUTION), message.path() + "/acknowledge", "{\"text\":\"" + acknowledgement + "\"}")
			.assertOk();
		List<TestEvents.Keyed> acknowledged = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallMessageAcknowledged step
						&& step.messageId().equals(message.id().toString()),
				Duration.ofSeconds(30));
		assertThat(acknowledged).hasSize(1);
		assertThat(((HallMessageAcknowledged) acknowledged.get(0).event().payload()).channel())
			.isEqualTo(SubmissionChannel.WECHAT);
		String answer = "答复正文：请携带身份证件到我院控告申诉接待室。";
		this.api.post(clerk(PROSECUTION), message.path() + "/answer", "{\"text\":\"" + answer + "\"}").assertOk();
		this.api.post(clerk(PROSECUTION), message.path() + "/submit", null).assertOk();
		this.api.post(head(PROSECUTION), message.path() + "/approve", "{\"comment\":\"同意\"}").assertOk();

		List<TestEvents.Keyed> events = TestEvents.await(TestKafka.bootstrapServers(), Topics.HALL_EVENTS,
				(event) -> event.payload() instanceof HallMessageAnswered answered
						&& answered.messageId().equals(message.id().toString()),
				Duration.ofSeconds(30));
		assertThat(events).hasSize(1);
		assertThat(events.get(0).key()).isEqualTo(message.id().toString());
		HallMessageAnswered answered = (HallMessageAnswered) events.get(0).event().payload();
		assertThat(answered.kind()).isEqualTo(MessageKind.CONSULTATION);
		assertThat(answered.channel()).isEqualTo(SubmissionChannel.WECHAT);
		assertThat(answered.withinLimit()).isTrue();
		assertThat(answered.workingDays()).isZero();
		assertThat(answered.answeredAt()).isEqualTo(
				this.jdbc.queryForObject("select answered_at from message where id = ?", Instant.class, message.id()));
		assertThat(rawRecord(message.id().toString())).doesNotContain(answer)
			.doesNotContain(acknowledgement)
			.doesNotContain(message.writer().name())
			.doesNotContain(message.writer().phone())
			.doesNotContain(message.writer().wechatOpenid())
			.doesNotContain(message.reference());
	}

	/** The bytes of the record on {@code hall.events} as any consumer receives them. */
	private static String rawRecord(String key) {
		Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		StringBuilder found = new StringBuilder();
		Instant deadline = Instant.now().plusSeconds(20);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.HALL_EVENTS));
			while (found.isEmpty() && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
					if (key.equals(record.key())) {
						found.append(new String(record.value(), StandardCharsets.UTF_8));
						record.headers()
							.forEach((header) -> found.append(new String(header.value(), StandardCharsets.UTF_8)));
					}
				}
			}
		}
		assertThat(found).as("record %s on %s", key, Topics.HALL_EVENTS).isNotEmpty();
		return found.toString();
	}

	private List<String> actions(Written message) {
		return this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by seq", String.class,
				message.id());
	}

	private String status(Written message) {
		return this.jdbc.queryForObject("select status from message where id = ?", String.class, message.id());
	}

	static List<UUID> ids(Response page) {
		page.assertOk();
		List<UUID> ids = new ArrayList<>();
		page.<List<String>>read("$.items[*].id").forEach((id) -> ids.add(UUID.fromString(id)));
		return ids;
	}

}
