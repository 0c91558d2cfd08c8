package cn.jianwu.hall.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.calendar.Deadlines;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.handling.StaffApi.Response;
import cn.jianwu.hall.handling.TestMessages.Written;
import cn.jianwu.hall.personal.WriterVault;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.jianwu.hall.handling.HandlingIT.COMPLAINTS;
import static cn.jianwu.hall.handling.HandlingIT.PROSECUTION;
import static cn.jianwu.hall.handling.HandlingIT.clerk;
import static cn.jianwu.hall.handling.HandlingIT.head;
import static cn.jianwu.hall.handling.HandlingIT.ids;
import static cn.jianwu.hall.handling.HandlingIT.officer;
import static cn.jianwu.hall.handling.HandlingIT.supervisor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the office, the departments and the supervision group watch: the inbox of each,
 * the overdue and due-soon lists, the audit trail's integrity, the working-day calendar;
 * and the reply channel-wechat fetches for a WeChat writer.
 */
class HandlingOversightIT extends HallIntegrationTest {

	static final String EXECUTION = "刑事执行检察部";

	@Autowired
	WriterVault vault;

	@Autowired
	HandlingAudit audit;

	@Autowired
	AnswerClock clock;

	@Autowired
	HallDepartments departments;

	@Autowired
	TransactionTemplate transactions;

	StaffApi api;

	TestMessages messages;

	@BeforeEach
	void setUp() {
		this.api = new StaffApi(this.port);
		this.messages = new TestMessages(this.jdbc, this.transactions, this.vault, this.audit, this.clock);
	}

	@Test
	void eachCallerSeesWhatTheyHandleByDefault() {
		Written received = this.messages.received(MessageKind.SUGGESTION);
		Written complaint = this.messages.assigned(MessageKind.COMPLAINT, COMPLAINTS);
		Written prosecution = this.messages.assigned(MessageKind.ITEM_FEEDBACK, PROSECUTION);

		assertThat(ids(this.api.get(officer(), "/api/hall/staff/messages?size=100"))).contains(received.id(),
				complaint.id(), prosecution.id());
		assertThat(ids(this.api.get(supervisor(), "/api/hall/staff/messages?size=100"))).contains(received.id(),
				complaint.id(), prosecution.id());
		assertThat(ids(this.api.get(clerk(COMPLAINTS), "/api/hall/staff/messages?size=100"))).contains(complaint.id())
			.doesNotContain(received.id(), prosecution.id());
		assertThat(ids(this.api.get(head(PROSECUTION), "/api/hall/staff/messages?size=100"))).contains(prosecution.id())
			.doesNotContain(received.id(), complaint.id());

		Response triage = this.api.get(officer(), "/api/hall/staff/messages?status=RECEIVED&size=100");
		assertThat(ids(triage)).contains(received.id()).doesNotContain(complaint.id());
		assertThat(triage.<List<String>>read("$.items[*].status")).containsOnly("RECEIVED");
		assertThat(triage.<Integer>read("$.total")).isEqualTo(triage.<List<String>>read("$.items").size());
		Response feedback = this.api.get(officer(),
				"/api/hall/staff/messages?kind=ITEM_FEEDBACK&department=" + PROSECUTION + "&size=100");
		assertThat(ids(feedback)).contains(prosecution.id());
		assertThat(feedback.<List<String>>read("$.items[*].kind")).containsOnly("ITEM_FEEDBACK");
		assertThat(feedback.body()).doesNotContain(TestMessages.PLACEHOLDER)
			.doesNotContain(prosecution.writer().phone());

		Response firstOfTwo = this.api.get(officer(), "/api/hall/staff/messages?page=0&size=2");
		assertThat(firstOfTwo.<List<Object>>read("$.items")).hasSize(2);
		assertThat(firstOfTwo.<Integer>read("$.total")).isGreaterThanOrEqualTo(3);
		this.api.get(clerk(COMPLAINTS), "/api/hall/staff/messages?department=" + PROSECUTION)
			.assertProblem(403, "forbidden");
		this.api.get(officer(), "/api/hall/staff/messages?size=1000").assertProblem(400, "validation");
		this.api.get(null, "/api/hall/staff/messages").assertProblem(401, "unauthorized");

		assertThat(this.api.get(clerk(COMPLAINTS), "/api/hall/staff/departments").assertOk().<List<String>>read("$"))
			.isEqualTo(this.departments.all())
			.contains(COMPLAINTS, PROSECUTION);
	}

	@Test
	void overdueAndDueSoonListsPerDepartment() {
		LocalDate today = this.clock.today();
		Instant longAgo = Instant.now().minus(40, ChronoUnit.DAYS);
		Written lateAcknowledgement = write(longAgo, today.minusDays(5), today.plusDays(60));
		Written lateAnswer = write(longAgo, today.minusDays(30), today.minusDays(1));
		this.jdbc.update("update message set status = 'ACKNOWLEDGED', acknowledged_at = ? where id = ?",
				java.sql.Timestamp.from(longAgo), lateAnswer.id());
		Written dueSoon = write(Instant.now(), today.plusDays(1), today.plusDays(60));
		Written onTime = write(Instant.now(), today.plusDays(30), today.plusDays(90));
		Written answeredLate = write(longAgo, today.minusDays(30), today.minusDays(1));
		this.jdbc.update("update message set status = 'ANSWERED', closed_at = now() where id = ?", answeredLate.id());

		Response overdue = this.api.get(officer(),
				"/api/hall/staff/messages?due=OVERDUE&size=100&department=" + EXECUTION);
		assertThat(ids(overdue)).containsExactlyInAnyOrder(lateAcknowledgement.id(), lateAnswer.id());
		assertThat(overdue.<List<String>>read("$.items[*].due")).containsOnly("OVERDUE");
		assertThat(overdue.<Integer>read("$.total")).isEqualTo(2);
		assertThat(ids(this.api.get(clerk(EXECUTION), "/api/hall/staff/messages?due=OVERDUE&size=100")))
			.containsExactlyInAnyOrder(lateAcknowledgement.id(), lateAnswer.id());
		Response soon = this.api.get(head(EXECUTION), "/api/hall/staff/messages?due=DUE_SOON");
		assertThat(ids(soon)).containsExactly(dueSoon.id());
		assertThat(soon.<List<String>>read("$.items[*].due")).containsOnly("DUE_SOON");
		assertThat(this.api.get(officer(), onTime.path()).<String>read("$.summary.due")).isEqualTo("ON_TIME");
		assertThat(ids(this.api.get(clerk(PROSECUTION), "/api/hall/staff/messages?due=OVERDUE&size=100")))
			.doesNotContain(lateAcknowledgement.id(), lateAnswer.id());

		Response secondPage = this.api.get(officer(),
				"/api/hall/staff/messages?due=OVERDUE&page=1&size=1&department=" + EXECUTION);
		assertThat(secondPage.<List<Object>>read("$.items")).hasSize(1);
		assertThat(secondPage.<Integer>read("$.total")).isEqualTo(2);
		this.api.get(officer(), "/api/hall/staff/messages?due=ON_TIME").assertProblem(400, "validation");
	}

	private Written write(Instant receivedAt, LocalDate acknowledgeBy, LocalDate answerBy) {
		return this.messages.write(MessageKind.SUGGESTION, SubmissionChannel.WEB, MessageStatus.ASSIGNED, EXECUTION,
				receivedAt, new Deadlines(acknowledgeBy, answerBy));
	}

	@Test
	void theSupervisionGroupFindsAnAlteredAuditRow() {
		Written message = this.messages.assigned(MessageKind.COMPLAINT, COMPLAINTS);
		this.api.post(clerk(COMPLAINTS), message.path() + "/acknowledge", "{\"text\":\"已受理\"}").assertOk();
		Response intact = this.api.get(supervisor(), "/api/hall/staff/audit/verify").assertOk();
		assertThat(intact.<Boolean>read("$.intact")).isTrue();
		this.api.get(TestStaffTokens.admin(), "/api/hall/staff/audit/verify").assertOk();
		this.api.get(clerk(COMPLAINTS), "/api/hall/staff/audit/verify").assertProblem(403, "forbidden");
		this.api.get(officer(), "/api/hall/staff/audit/verify").assertProblem(403, "forbidden");

		long seq = this.jdbc.queryForObject(
				"select seq from audit_entry where subject_id = ? and action = 'ACKNOWLEDGE'", Long.class,
				message.id());
		this.jdbc.update("update audit_entry set actor = 'someone-else' where seq = ?", seq);
		try {
			Response broken = this.api.get(supervisor(), "/api/hall/staff/audit/verify").assertOk();
			assertThat(broken.<Boolean>read("$.intact")).isFalse();
			assertThat(((Number) broken.read("$.brokenAt")).longValue()).isEqualTo(seq);
		}
		finally {
			this.jdbc.update("update audit_entry set actor = ? where seq = ?", "clerk@" + COMPLAINTS, seq);
		}
		assertThat(this.api.get(supervisor(), "/api/hall/staff/audit/verify").<Boolean>read("$.intact")).isTrue();
	}

	@Test
	void anAdministratorsCalendarCountsForDeadlinesComputedAfterwards() {
		Response year2026 = this.api.get(clerk(COMPLAINTS), "/api/hall/staff/calendar/2026").assertOk();
		assertThat(year2026.<Boolean>read("$.published")).isTrue();
		assertThat(year2026.<List<String>>read("$.holidays")).contains("2026-10-01");
		assertThat(year2026.<List<String>>read("$.workdays")).contains("2026-10-10");

		// Received on Friday 31 May 2030 at noon in Beijing.
		Instant received = Instant.parse("2030-05-31T04:00:00Z");
		assertThat(this.clock.deadlines(MessageKind.SUGGESTION, received).acknowledgeBy())
			.isEqualTo(LocalDate.parse("2030-06-11"));
		String arrangements = "{\"year\":2030,\"holidays\":[\"2030-06-03\",\"2030-06-04\",\"2030-06-05\"],"
				+ "\"workdays\":[\"2030-06-08\"],\"published\":true}";
		this.api.put(clerk(COMPLAINTS), "/api/hall/staff/calendar/2030", arrangements).assertProblem(403, "forbidden");
		this.api.put(officer(), "/api/hall/staff/calendar/2030", arrangements).assertProblem(403, "forbidden");
		String admin = TestStaffTokens.admin();
		assertThat(this.api
			.put(admin, "/api/hall/staff/calendar/2030",
					"{\"year\":2030,\"holidays\":[],\"workdays\":[\"2030-06-03\"],\"published\":true}")
			.assertProblem(400, "validation")
			.detail()).contains("2030-06-03不是周末");
		assertThat(this.api
			.put(admin, "/api/hall/staff/calendar/2030",
					"{\"year\":2030,\"holidays\":[\"2031-01-01\"],\"workdays\":[],\"published\":true}")
			.assertProblem(400, "validation")
			.detail()).contains("2031-01-01不在该年");
		assertThat(this.api
			.put(admin, "/api/hall/staff/calendar/2030",
					"{\"year\":2030,\"holidays\":[\"2030-06-08\"],\"workdays\":[\"2030-06-08\"],\"published\":true}")
			.assertProblem(400, "validation")
			.detail()).contains("2030-06-08重复出现");
		assertThat(this.api.put(admin, "/api/hall/staff/calendar/2031", arrangements)
			.assertProblem(400, "validation")
			.detail()).contains("不一致");
		assertThat(this.api.get(admin, "/api/hall/staff/calendar/2030").<Boolean>read("$.published")).isFalse();

		Response saved = this.api.put(admin, "/api/hall/staff/calendar/2030", arrangements).assertOk();

		assertThat(saved.<Boolean>read("$.published")).isTrue();
		assertThat(saved.<List<String>>read("$.holidays")).containsExactly("2030-06-03", "2030-06-04", "2030-06-05");
		assertThat(saved.<List<String>>read("$.workdays")).containsExactly("2030-06-08");
		// Three days off, one Saturday worked: two working days later.
		assertThat(this.clock.deadlines(MessageKind.SUGGESTION, received).acknowledgeBy())
			.isEqualTo(LocalDate.parse("2030-06-13"));
	}

	@Test
	void aWechatWriterGetsTheAcknowledgementThenTheAnswer() {
		Written message = this.messages.write(MessageKind.CONSULTATION, SubmissionChannel.WECHAT,
				MessageStatus.ASSIGNED, PROSECUTION, Instant.now(), null);
		String reply = "/internal/hall/messages/" + message.id() + "/wechat-reply";
		this.api.get(null, reply).assertProblem(404, "no-wechat-reply");

		this.api.post(clerk(PROSECUTION), message.path() + "/acknowledge", "{\"text\":\"您的留言已收到，正在办理。\"}").assertOk();
		Response acknowledged = this.api.get(null, reply).assertOk();
		assertThat(acknowledged.<String>read("$.openid")).isEqualTo(message.writer().wechatOpenid());
		assertThat(acknowledged.<String>read("$.text"))
			.isEqualTo("您的留言（编号" + message.reference() + "）已受理：\n您的留言已收到，正在办理。");
		// channel-wechat asks for the step an event announced: no answer yet
		this.api.get(null, reply + "?step=APPROVE_ANSWER").assertProblem(404, "no-wechat-reply");
		assertThat(this.api.get(null, reply + "?step=ACKNOWLEDGE").assertOk().<String>read("$.text"))
			.endsWith("您的留言已收到，正在办理。");

		this.api.post(clerk(PROSECUTION), message.path() + "/answer", "{\"text\":\"答复：请于工作日来院咨询。\"}").assertOk();
		this.api.post(clerk(PROSECUTION), message.path() + "/submit", null).assertOk();
		this.api.post(head(PROSECUTION), message.path() + "/approve", "{}").assertOk();
		Response answered = this.api.get(null, reply).assertOk();
		assertThat(answered.<String>read("$.openid")).isEqualTo(message.writer().wechatOpenid());
		assertThat(answered.<String>read("$.text")).isEqualTo("您的留言（编号" + message.reference() + "）已答复：\n答复：请于工作日来院咨询。");
		// an acknowledgement event read after the approval sends nothing: the answer goes
		this.api.get(null, reply + "?step=ACKNOWLEDGE").assertProblem(404, "no-wechat-reply");

		Written web = this.messages.assigned(MessageKind.CONSULTATION, PROSECUTION);
		this.api.post(clerk(PROSECUTION), web.path() + "/acknowledge", "{\"text\":\"已收到\"}").assertOk();
		this.api.get(null, "/internal/hall/messages/" + web.id() + "/wechat-reply")
			.assertProblem(404, "no-wechat-reply");
		this.api.get(null, "/internal/hall/messages/" + java.util.UUID.randomUUID() + "/wechat-reply")
			.assertProblem(404, "no-wechat-reply");
	}

}
