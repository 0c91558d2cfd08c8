package cn.jianwu.hall.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;
import cn.jianwu.hall.disclosure.DisclosureItems;
import cn.jianwu.hall.disclosure.DisclosureUnavailableException;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.throttle.Throttle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Takes in what the public writes, on the web and through WeChat: throttles the client,
 * recognises a repeated submission, checks what it refers to (a public item, an open
 * call), and records it ({@link MessageRecorder}) before the writer gets the receipt.
 */
@Service
public class IntakeService {

	/** A WeChat message's subject: its first line, cut to this many characters. */
	static final int WECHAT_SUBJECT_LENGTH = 30;

	private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

	private final Throttle throttle;

	private final DuplicateSubmissions duplicates;

	private final DisclosureItems items;

	private final IntakeRepository repository;

	private final MessageRecorder recorder;

	private final HallDepartments departments;

	private final Validator validator;

	private final Clock clock;

	IntakeService(Throttle throttle, DuplicateSubmissions duplicates, DisclosureItems items,
			IntakeRepository repository, MessageRecorder recorder, HallDepartments departments, Validator validator,
			Clock clock) {
		this.throttle = throttle;
		this.duplicates = duplicates;
		this.items = items;
		this.repository = repository;
		this.recorder = recorder;
		this.departments = departments;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * A submission of the public form (already validated against the contract's
	 * annotations).
	 * @param submission what was written
	 * @param clientKey the client, for the throttle and duplicates
	 * @return the receipt, and whether it is that of an identical earlier submission
	 */
	public Submitted submit(MessageSubmission submission, String clientKey) {
		requireReferenceFitsKind(submission);
		this.throttle.submission(clientKey);
		return receive(submission, submission.channelOrWeb(), clientKey, null);
	}

	/**
	 * A WeChat follower's 留言: a suggestion of channel {@code WECHAT}, its subject the
	 * first line of the text, tied to the openid for the answer.
	 */
	public Submitted submitWechat(WechatMessageRequest request) {
		if (request == null || !StringUtils.hasText(request.openid()) || request.openid().length() > 128
				|| !request.openid().matches("[A-Za-z0-9_-]+")) {
			throw IntakeProblems.invalid("缺少或无法识别微信用户标识。");
		}
		String text = (request.text() != null) ? request.text().strip() : "";
		MessageSubmission submission = new MessageSubmission(MessageKind.SUGGESTION, wechatSubject(text), text, null,
				null, null, false, SubmissionChannel.WECHAT, null, null);
		Set<ConstraintViolation<MessageSubmission>> violations = this.validator.validate(submission);
		if (!violations.isEmpty()) {
			throw IntakeProblems.invalid(violations.stream()
				.map(ConstraintViolation::getMessage)
				.sorted()
				.distinct()
				.collect(Collectors.joining("；")) + "。");
		}
		String clientKey = "wechat:" + request.openid();
		this.throttle.submission(clientKey);
		return receive(submission, SubmissionChannel.WECHAT, clientKey, request.openid());
	}

	/**
	 * Records a demo message as it would have been received then, without the checks of
	 * the public path (a demo feedback refers to no real item).
	 * @param submission what was written
	 * @param referencedDepartment the department of the item or call referred to, if any
	 * @param codes the codes the receipt shows
	 * @param receivedAt when it was received
	 */
	public MessageRecorder.Recorded recordDemo(MessageSubmission submission, String referencedDepartment, Codes codes,
			Instant receivedAt) {
		return this.recorder.record(new NewMessage(submission, submission.channelOrWeb(), null,
				InitialRouting.of(submission.kind(), referencedDepartment, this.departments), codes,
				receivedAt.truncatedTo(ChronoUnit.MICROS)));
	}

	static String wechatSubject(String text) {
		String firstLine = text.lines().map(String::strip).filter(StringUtils::hasText).findFirst().orElse("");
		return (firstLine.codePointCount(0, firstLine.length()) > WECHAT_SUBJECT_LENGTH)
				? firstLine.substring(0, firstLine.offsetByCodePoints(0, WECHAT_SUBJECT_LENGTH)) : firstLine;
	}

	private Submitted receive(MessageSubmission submission, SubmissionChannel channel, String clientKey,
			String openid) {
		DuplicateSubmissions.Fingerprint fingerprint = this.duplicates.fingerprint(clientKey, submission, channel);
		Optional<SubmissionReceipt> earlier = this.duplicates.claim(fingerprint);
		if (earlier.isPresent()) {
			log.info("A repeated submission ({}, {}) was answered with the earlier receipt", submission.kind(),
					channel);
			return new Submitted(earlier.get(), true);
		}
		try {
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			InitialRouting routing = InitialRouting.of(submission.kind(), referencedDepartment(submission, now),
					this.departments);
			MessageRecorder.Recorded recorded = this.recorder
				.record(new NewMessage(submission, channel, openid, routing, Codes.random(), now));
			log.info("Message {} received ({}, {}, {})", recorded.id(), submission.kind(), channel, routing.status());
			this.duplicates.remember(fingerprint, recorded.receipt());
			return new Submitted(recorded.receipt(), false);
		}
		catch (RuntimeException ex) {
			this.duplicates.release(fingerprint);
			throw ex;
		}
	}

	private static void requireReferenceFitsKind(MessageSubmission submission) {
		MessageKind kind = submission.kind();
		if (kind == MessageKind.ITEM_FEEDBACK && submission.itemId() == null) {
			throw IntakeProblems.invalid("对公开信息的意见须指明所涉公开信息。");
		}
		if (kind == MessageKind.CALL_RESPONSE && submission.callId() == null) {
			throw IntakeProblems.invalid("参与意见征集须指明所参与的征集。");
		}
		if (submission.itemId() != null && kind != MessageKind.ITEM_FEEDBACK) {
			throw IntakeProblems.invalid("只有“" + MessageKind.ITEM_FEEDBACK.label() + "”可以指明公开信息。");
		}
		if (submission.callId() != null && kind != MessageKind.CALL_RESPONSE) {
			throw IntakeProblems.invalid("只有“" + MessageKind.CALL_RESPONSE.label() + "”可以指明意见征集。");
		}
	}

	/** The department of the public item or open call referred to; refuses others. */
	private String referencedDepartment(MessageSubmission submission, Instant now) {
		if (submission.itemId() != null) {
			try {
				return this.items.publicItem(submission.itemId())
					.map(PublicItem::department)
					.orElseThrow(IntakeProblems::unknownItem);
			}
			catch (DisclosureUnavailableException ex) {
				throw IntakeProblems.disclosureUnavailable();
			}
		}
		if (submission.callId() != null) {
			return this.repository.openCallDepartment(submission.callId(), now)
				.orElseThrow(IntakeProblems::callNotOpen);
		}
		return null;
	}

	/**
	 * @param receipt what the writer is shown
	 * @param repeated whether an identical earlier submission had it
	 */
	public record Submitted(SubmissionReceipt receipt, boolean repeated) {

	}

}
