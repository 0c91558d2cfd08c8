package cn.jianwu.hall.handling;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.calendar.Deadlines;
import cn.jianwu.hall.personal.WriterVault;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages as the intake commits them (row, sealed writer, the RECEIVE step in the
 * trail), written directly while the submission endpoint is built in parallel.
 */
final class TestMessages {

	static final String ID_NUMBER = "110105194912310029";

	static final String PLACEHOLDER = "〔已隐去的身份证号码〕";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final WriterVault vault;

	private final HandlingAudit audit;

	private final AnswerClock clock;

	TestMessages(JdbcTemplate jdbc, TransactionTemplate transactions, WriterVault vault, HandlingAudit audit,
			AnswerClock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.vault = vault;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A message written now on the web, with a name, a phone and an ID number in its
	 * text.
	 */
	Written received(MessageKind kind) {
		return write(kind, SubmissionChannel.WEB, MessageStatus.RECEIVED, null, Instant.now(), null);
	}

	/** A message already with a department, as complaints, reports and feedback start. */
	Written assigned(MessageKind kind, String department) {
		return write(kind, SubmissionChannel.WEB, MessageStatus.ASSIGNED, department, Instant.now(), null);
	}

	Written write(MessageKind kind, SubmissionChannel channel, MessageStatus status, String department,
			Instant receivedAt, Deadlines deadlines) {
		UUID id = UUID.randomUUID();
		String reference = "T-" + HexFormat.of().formatHex(bytes(4));
		String name = "王" + "小" + (char) ('一' + RANDOM.nextInt(100));
		String phone = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
		String openid = (channel == SubmissionChannel.WECHAT) ? "o" + HexFormat.of().formatHex(bytes(12)) : null;
		WriterDetails writer = new WriterDetails(name, phone, null, openid, List.of(ID_NUMBER));
		Deadlines days = (deadlines != null) ? deadlines : this.clock.deadlines(kind, receivedAt);
		String body = "我的身份证号码是" + PLACEHOLDER + "，请问如何查询案件进展？";
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.update(
					"""
							INSERT INTO message (id, reference, tracking_hash, check_hash, kind, channel, subject, body, public_ok,
							                     status, department, received_at, acknowledge_by, answer_by)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)
							""",
					id, reference, bytes(32), bytes(32), kind.name(), channel.name(), "关于" + kind.label() + "的留言", body,
					status.name(), department, Timestamp.from(receivedAt), days.acknowledgeBy(), days.answerBy());
			this.vault.seal(id, writer);
			this.audit.append(id, HandlingAction.RECEIVE.name(), "platform", "系统", null, status.name(), department,
					receivedAt);
		});
		return new Written(id, reference, writer, days.acknowledgeBy(), days.answerBy());
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** What the test knows of a message it wrote. */
	record Written(UUID id, String reference, WriterDetails writer, LocalDate acknowledgeBy, LocalDate answerBy) {

		String path() {
			return "/api/hall/staff/messages/" + this.id;
		}

	}

}
