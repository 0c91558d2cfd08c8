package cn.jianwu.hall.publication;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageStatus;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages written straight into the table, in any state, for the tests of what reads
 * them (the public list, the figures, the responses to a call) without going through
 * intake and handling. References start with a prefix of the test's own, so that it can
 * remove what it wrote.
 */
public final class MessageRows {

	private static final SecureRandom RANDOM = new SecureRandom();

	private MessageRows() {
	}

	/**
	 * A message of the kind in the state, received now, with a plain subject and text.
	 */
	public static Row message(String referencePrefix, MessageKind kind, MessageStatus status) {
		return new Row(referencePrefix, kind, status);
	}

	/** Removes the messages whose references start with the prefix. */
	public static void deleteAll(JdbcTemplate jdbc, String referencePrefix) {
		jdbc.update("DELETE FROM message WHERE reference LIKE ?", referencePrefix + "%");
	}

	/** One message row; the setters answer the row, for chaining. */
	public static final class Row {

		private final String reference;

		private final MessageKind kind;

		private final MessageStatus status;

		private final UUID id = UUID.randomUUID();

		private String subject = "关于办事流程的问题";

		private String body = "请问如何预约到检察服务大厅办事？";

		private boolean publicOk = true;

		private UUID itemId;

		private UUID callId;

		private String department = "控告申诉检察部";

		private Instant receivedAt = Instant.now();

		private LocalDate acknowledgeBy = LocalDate.now().plusDays(9);

		private LocalDate answerBy = LocalDate.now().plusMonths(3);

		private String answer;

		private Instant answeredAt;

		private Instant acknowledgedAt;

		private Instant closedAt;

		private Integer workingDays;

		private Row(String referencePrefix, MessageKind kind, MessageStatus status) {
			this.reference = referencePrefix + this.id;
			this.kind = kind;
			this.status = status;
		}

		public UUID id() {
			return this.id;
		}

		public Row subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Row body(String body) {
			this.body = body;
			return this;
		}

		public Row publicOk(boolean publicOk) {
			this.publicOk = publicOk;
			return this;
		}

		public Row item(UUID itemId) {
			this.itemId = itemId;
			return this;
		}

		public Row call(UUID callId) {
			this.callId = callId;
			return this;
		}

		public Row department(String department) {
			this.department = department;
			return this;
		}

		public Row received(Instant receivedAt) {
			this.receivedAt = receivedAt;
			return this;
		}

		public Row answerBy(LocalDate answerBy) {
			this.answerBy = answerBy;
			return this;
		}

		public Row acknowledgeBy(LocalDate acknowledgeBy) {
			this.acknowledgeBy = acknowledgeBy;
			return this;
		}

		public Row acknowledged(Instant acknowledgedAt) {
			this.acknowledgedAt = acknowledgedAt;
			return this;
		}

		/** Answered then: the answer, and the clock stopped. */
		public Row answered(String answer, Instant answeredAt) {
			this.answer = answer;
			this.answeredAt = answeredAt;
			this.closedAt = answeredAt;
			return this;
		}

		/** Only the answer's time, as a row written before closing was recorded. */
		public Row answeredAtOnly(Instant answeredAt) {
			this.answer = "已答复。";
			this.answeredAt = answeredAt;
			this.closedAt = null;
			return this;
		}

		public Row closed(Instant closedAt) {
			this.closedAt = closedAt;
			return this;
		}

		public Row workingDays(Integer workingDays) {
			this.workingDays = workingDays;
			return this;
		}

		public Row insert(JdbcTemplate jdbc) {
			jdbc.update(
					"""
							INSERT INTO message (id, reference, tracking_hash, check_hash, kind, channel, subject, body, public_ok,
							                     item_id, call_id, status, department, received_at, acknowledge_by, answer_by,
							                     acknowledged_at, answer, answered_at, working_days, closed_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
							""",
					this.id, this.reference, randomBytes(), randomBytes(), this.kind.name(),
					SubmissionChannel.WEB.name(), this.subject, this.body, this.publicOk, this.itemId, this.callId,
					this.status.name(), this.department, Timestamp.from(this.receivedAt),
					Date.valueOf(this.acknowledgeBy), Date.valueOf(this.answerBy), timestamp(this.acknowledgedAt),
					this.answer, timestamp(this.answeredAt), this.workingDays, timestamp(this.closedAt));
			return this;
		}

		private static Timestamp timestamp(Instant instant) {
			return (instant != null) ? Timestamp.from(instant) : null;
		}

		private static byte[] randomBytes() {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			return bytes;
		}

	}

}
