package cn.jianwu.hall.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.intake.Codes;
import cn.jianwu.hall.intake.IntakeService;
import cn.jianwu.hall.intake.MessageRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo messages for the local launcher's demo step ({@code jianwu.demo.enabled=true}
 * only): nine messages, at least one in every status, received through the intake and
 * taken further by the demo staff (office1, clerk3, head3 of disclosure-service's demo
 * accounts) with direct updates and their audit steps. Runs once: a second start finds
 * the first demo message and does nothing.
 * <p>
 * One demo message, an answered consultation, has the fixed codes {@link #DEMO_CODES}
 * (受理编号 202600000001, 查询密码 123456), which the portal's demo and the README name, so that
 * nobody has to print codes from a log: every other message, demo or not, has random
 * codes, and none is ever logged. Fixed codes exist only in this class, which only runs
 * in a demo.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoMessages implements ApplicationRunner {

	/** The demo's known codes: never used outside {@code jianwu.demo.enabled}. */
	static final Codes DEMO_CODES = new Codes("202600000001", "123456");

	private static final Logger log = LoggerFactory.getLogger(DemoMessages.class);

	private static final Staff OFFICE = new Staff("office1", "钱接待员");

	private static final Staff CLERK = new Staff("clerk3", "孙书记员");

	private static final Staff HEAD = new Staff("head3", "周主任");

	private final IntakeService intake;

	private final JdbcClient jdbc;

	private final HandlingAudit audit;

	private final AnswerClock answerClock;

	private final HallDepartments departments;

	private final HallHash hash;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoMessages(IntakeService intake, JdbcClient jdbc, HandlingAudit audit, AnswerClock answerClock,
			HallDepartments departments, HallHash hash, TransactionTemplate transactions, Clock clock) {
		this.intake = intake;
		this.jdbc = jdbc;
		this.audit = audit;
		this.answerClock = answerClock;
		this.departments = departments;
		this.hash = hash;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM message WHERE tracking_hash = :hash")
			.param("hash", this.hash.trackingCode(DEMO_CODES.trackingCode()))
			.query(Integer.class)
			.single() > 0) {
			log.info("Demo messages skipped: they exist already");
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String complaints = this.departments.complaints();

		// ANSWERED, public, with the fixed demo codes
		UUID aid = receive(MessageKind.CONSULTATION, "如何申请国家司法救助",
				"我是一起刑事案件的被害人，因伤致贫，想了解向检察院申请国家司法救助需要什么条件、准备哪些材料、多长时间能有结果。", "张某", true, SubmissionChannel.WEB,
				DEMO_CODES, now.minus(Duration.ofDays(12)));
		assign(aid, complaints, now.minus(Duration.ofDays(11)));
		acknowledge(aid, "您的咨询已收到，我部正在办理，将于规定期限内答复。", now.minus(Duration.ofDays(10)));
		answer(aid, """
				您好！刑事案件被害人因受到犯罪侵害致使生活困难，符合条件的，可以向办理案件的检察院申请国家司法救助。

				申请时请提交：救助申请书、身份证明、因案致贫或受到损害的证明材料。我院控告申诉检察部受理后，一般在十个工作日内审查决定。""", now.minus(Duration.ofDays(5)));

		// ANSWERED, not to be published
		UUID bid = receive(MessageKind.COMPLAINT, "对不起诉决定不服", "我对本院作出的不起诉决定不服，认为事实认定有误，请求复查。联系电话13800138000。", "李某",
				false, SubmissionChannel.DESK, Codes.random(), now.minus(Duration.ofDays(30)));
		acknowledge(bid, "您的申诉已收到，我院已依法受理，将在规定期限内审查并答复。", now.minus(Duration.ofDays(28)));
		answer(bid, "经复查，原不起诉决定认定事实清楚、适用法律正确，决定维持。如不服，可依法向上一级人民检察院申诉。", now.minus(Duration.ofDays(3)));

		// MERGED into the public answer above
		UUID cid = receive(MessageKind.CONSULTATION, "司法救助申请问题", "请问被害人家庭困难，能不能申请司法救助？去哪里申请？", null, true,
				SubmissionChannel.WEB, Codes.random(), now.minus(Duration.ofDays(11)));
		merge(cid, aid, now.minus(Duration.ofDays(10)));

		// REFERRED: outside the procuratorate's remit
		UUID did = receive(MessageKind.SUGGESTION, "小区门口违章停车问题", "我家小区门口长期有车辆违章停放，影响通行，希望有关部门处理。", null, true,
				SubmissionChannel.KIOSK, Codes.random(), now.minus(Duration.ofDays(6)));
		refer(did, "您反映的违章停车问题不属于检察机关管辖，请向当地公安机关交通管理部门反映（电话122）。", now.minus(Duration.ofDays(5)));

		// PENDING_APPROVAL: clerk3 drafted, head3 approves in the demo
		UUID eid = receive(MessageKind.REPORT, "举报某单位工作人员违规收费", "某单位工作人员在办理业务时多次违规收取费用，我有收据可以提供。", "王某", false,
				SubmissionChannel.WEB, Codes.random(), now.minus(Duration.ofDays(9)));
		acknowledge(eid, "您的举报已收到，我院已依法受理，将在规定期限内告知处理情况。", now.minus(Duration.ofDays(8)));
		draft(eid, "经初步核查，您举报的问题已移送有关部门依法处理。感谢您对检察工作的支持。", now.minus(Duration.ofDays(1)));

		// ACKNOWLEDGED
		UUID fid = receive(MessageKind.COMPLAINT, "申请监督看守所羁押期限", "我的家属被羁押已超过法定期限，请检察院依法监督。", null, false,
				SubmissionChannel.HOTLINE, Codes.random(), now.minus(Duration.ofDays(4)));
		acknowledge(fid, "您的控告已收到，我部已受理，正在依法办理。", now.minus(Duration.ofDays(3)));

		// ASSIGNED (complaints start with the complaints department)
		receive(MessageKind.COMPLAINT, "反映案件久拖未决", "我于去年报案的一起诈骗案件至今没有结果，请检察院督促办理。", null, true, SubmissionChannel.WEB,
				Codes.random(), now.minus(Duration.ofDays(1)));

		// RECEIVED: waits for the office
		receive(MessageKind.SUGGESTION, "建议开通周末预约接待", "工作日请假不便，建议检察服务大厅周末开放半天预约接待。", null, true, SubmissionChannel.WEB,
				Codes.random(), now.minus(Duration.ofHours(5)));

		// ITEM_FEEDBACK (demo only: no item is checked), with the item's department
		recordFeedback(now.minus(Duration.ofDays(2)));

		log.info("Demo messages created: one or more in every status");
	}

	private UUID receive(MessageKind kind, String subject, String body, String name, boolean publicOk,
			SubmissionChannel channel, Codes codes, Instant at) {
		MessageSubmission submission = new MessageSubmission(kind, subject, body, name, null, null, publicOk, channel,
				null, null);
		MessageRecorder.Recorded recorded = this.intake.recordDemo(submission, null, codes, at);
		return recorded.id();
	}

	private void recordFeedback(Instant at) {
		MessageSubmission submission = new MessageSubmission(MessageKind.ITEM_FEEDBACK, "公开的起诉书中地址未完全隐去",
				"贵院公开的一份起诉书中，被告人的住址写到了门牌号，建议按规定隐去。", null, null, null, true, SubmissionChannel.WEB,
				UUID.nameUUIDFromBytes("demo-item-feedback".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		this.intake.recordDemo(submission, "公诉部", Codes.random(), at);
	}

	private void assign(UUID id, String department, Instant at) {
		step(id, "UPDATE message SET status = 'ASSIGNED', department = :department WHERE id = :id", department,
				HandlingAction.ASSIGN, OFFICE, MessageStatus.RECEIVED, MessageStatus.ASSIGNED, "分办至" + department, at);
	}

	private void acknowledge(UUID id, String text, Instant at) {
		step(id, """
				UPDATE message SET status = 'ACKNOWLEDGED', acknowledgement = :text, acknowledged_at = :at,
				       acknowledged_by = :actor WHERE id = :id
				""", text, HandlingAction.ACKNOWLEDGE, CLERK, MessageStatus.ASSIGNED, MessageStatus.ACKNOWLEDGED, null,
				at);
	}

	private void draft(UUID id, String text, Instant at) {
		step(id, "UPDATE message SET answer = :text, answer_revision = 1, drafted_by = :actor WHERE id = :id", text,
				HandlingAction.DRAFT_ANSWER, CLERK, MessageStatus.ACKNOWLEDGED, MessageStatus.ACKNOWLEDGED, null, at);
		step(id, "UPDATE message SET status = 'PENDING_APPROVAL' WHERE id = :id", null, HandlingAction.SUBMIT_ANSWER,
				CLERK, MessageStatus.ACKNOWLEDGED, MessageStatus.PENDING_APPROVAL, null, at.plusSeconds(60));
	}

	private void answer(UUID id, String text, Instant at) {
		draft(id, text, at.minus(Duration.ofHours(3)));
		Instant receivedAt = this.jdbc.sql("SELECT received_at FROM message WHERE id = :id")
			.param("id", id)
			.query(Timestamp.class)
			.single()
			.toInstant();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					UPDATE message SET status = 'ANSWERED', answered_at = :at, answered_by = :actor,
					       working_days = :days, closed_at = :at WHERE id = :id
					""")
				.param("at", Timestamp.from(at))
				.param("actor", HEAD.username())
				.param("days", this.answerClock.workingDays(receivedAt, at))
				.param("id", id)
				.update();
			this.audit.append(id, HandlingAction.APPROVE_ANSWER.name(), HEAD.username(), HEAD.name(),
					MessageStatus.PENDING_APPROVAL.name(), MessageStatus.ANSWERED.name(), null, at);
		});
	}

	private void merge(UUID id, UUID into, Instant at) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("UPDATE message SET status = 'MERGED', merged_into = :into, closed_at = :at WHERE id = :id")
				.param("into", into)
				.param("at", Timestamp.from(at))
				.param("id", id)
				.update();
			this.audit.append(id, HandlingAction.MERGE.name(), OFFICE.username(), OFFICE.name(),
					MessageStatus.RECEIVED.name(), MessageStatus.MERGED.name(), null, at);
		});
	}

	private void refer(UUID id, String referral, Instant at) {
		step(id, "UPDATE message SET status = 'REFERRED', referral = :text, closed_at = :at WHERE id = :id", referral,
				HandlingAction.REFER, OFFICE, MessageStatus.RECEIVED, MessageStatus.REFERRED, null, at);
	}

	/**
	 * One handling step: the update (with :id, :text, :at, :actor as it needs) and its
	 * audit entry.
	 */
	private void step(UUID id, String sql, String text, HandlingAction action, Staff actor, MessageStatus from,
			MessageStatus to, String comment, Instant at) {
		this.transactions.executeWithoutResult((status) -> {
			JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("id", id);
			if (sql.contains(":text")) {
				statement = statement.param("text", text);
			}
			if (sql.contains(":department")) {
				statement = statement.param("department", text);
			}
			if (sql.contains(":at")) {
				statement = statement.param("at", Timestamp.from(at));
			}
			if (sql.contains(":actor")) {
				statement = statement.param("actor", actor.username());
			}
			statement.update();
			this.audit.append(id, action.name(), actor.username(), actor.name(), from.name(), to.name(), comment, at);
		});
	}

	private record Staff(String username, String name) {
	}

}
