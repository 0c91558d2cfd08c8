package cn.jianwu.hall.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.personal.IdentifierPlaceholders;
import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.calendar.Deadlines;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.outbox.HallOutbox;
import cn.jianwu.hall.personal.WriterVault;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Records a message in one transaction: the row (text without identifiers, codes as keyed
 * hashes), the sealed writer details, the {@code RECEIVE} step of the audit trail and
 * {@code message.received} in the outbox. The writer gets the receipt only after it
 * committed: nothing acknowledged is lost.
 */
@Component
public class MessageRecorder {

	private final IntakeRepository repository;

	private final IdentifierPlaceholders placeholders;

	private final HallHash hash;

	private final AnswerClock clock;

	private final WriterVault vault;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	MessageRecorder(IntakeRepository repository, IdentifierPlaceholders placeholders, HallHash hash, AnswerClock clock,
			WriterVault vault, HandlingAudit audit, HallOutbox outbox) {
		this.repository = repository;
		this.placeholders = placeholders;
		this.hash = hash;
		this.clock = clock;
		this.vault = vault;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * @param message the checked submission
	 * @return the message's id and its receipt
	 */
	@Transactional
	public Recorded record(NewMessage message) {
		MessageSubmission submission = message.submission();
		UUID id = UUID.randomUUID();
		Deadlines deadlines = this.clock.deadlines(submission.kind(), message.receivedAt());
		String reference = this.repository.nextReference(this.clock.day(message.receivedAt()).getYear());
		Codes codes = message.codes();
		while (this.repository.trackingCodeTaken(this.hash.trackingCode(codes.trackingCode()))) {
			codes = Codes.random();
		}
		IdentifierPlaceholders.Sealed subject = this.placeholders.seal(submission.subject().strip());
		IdentifierPlaceholders.Sealed body = this.placeholders.seal(submission.body().strip());
		this.repository.insert(new StoredMessage(id, reference, this.hash.trackingCode(codes.trackingCode()),
				this.hash.checkCode(codes.trackingCode(), codes.checkCode()), submission.kind(), message.channel(),
				subject.text(), body.text(), submission.publicOk(), submission.itemId(), submission.callId(),
				message.routing(), message.receivedAt(), deadlines));
		List<String> identifiers = new ArrayList<>(subject.identifiers());
		identifiers.addAll(body.identifiers());
		this.vault.seal(id, new WriterDetails(orNull(submission.name()), orNull(submission.phone()),
				orNull(submission.email()), message.wechatOpenid(), identifiers));
		String routed = (message.routing().department() != null) ? "自动分办至" + message.routing().department() : null;
		this.audit.append(id, HandlingAction.RECEIVE.name(), message.channel().name(), message.channel().label(), null,
				message.routing().status().name(), routed, message.receivedAt());
		this.outbox.record(new HallMessageReceived(id.toString(), submission.kind(), message.channel(),
				message.receivedAt(), deadlines.answerBy()));
		return new Recorded(id, reference, new SubmissionReceipt(codes.trackingCode(), codes.checkCode(),
				submission.kind(), message.receivedAt(), deadlines.acknowledgeBy(), deadlines.answerBy()));
	}

	private static String orNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/**
	 * @param id the message's id
	 * @param reference what staff cite
	 * @param receipt what the writer is shown
	 */
	public record Recorded(UUID id, String reference, SubmissionReceipt receipt) {

		@Override
		public String toString() {
			return "Recorded[" + this.id + ", " + this.reference + "]";
		}

	}

}
