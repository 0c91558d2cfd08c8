package cn.jianwu.hall.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.OpinionRequest;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.intake.Codes;
import cn.jianwu.hall.intake.InitialRouting;
import cn.jianwu.hall.intake.MessageRecorder;
import cn.jianwu.hall.intake.NewMessage;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An opinion given at an activity, entered by staff, becomes a {@code SUGGESTION} message
 * of the hall received at the desk ({@link MessageRecorder}, the same entry point every
 * message takes), so that it is triaged and answered on the message clock like any other.
 * The attendee it came from, if named, is sealed as its writer; the message is linked to
 * the activity in {@code activity_opinion}. One transaction: the message, its link and
 * the activity's audit step.
 */
@Service
class Opinions {

	private static final Logger log = LoggerFactory.getLogger(Opinions.class);

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final SignUpPeople people;

	private final MessageRecorder recorder;

	private final HallDepartments departments;

	private final HandlingAudit audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	Opinions(ActivityRepository activities, SignUpRepository signUps, SignUpPeople people, MessageRecorder recorder,
			HallDepartments departments, HandlingAudit audit, JdbcClient jdbc, TransactionTemplate transaction,
			ActivityClock clock) {
		this.activities = activities;
		this.signUps = signUps;
		this.people = people;
		this.recorder = recorder;
		this.departments = departments;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Records the opinion; the receipt's codes are for staff to hand to the attendee, who
	 * can look the answer up with them.
	 */
	SubmissionReceipt record(UUID activityId, OpinionRequest request, StaffIdentity staff) {
		Activity activity = this.activities.find(activityId).orElseThrow(ActivityProblem::notFound);
		if (activity.cancelled()) {
			throw ActivityProblem.cancelled();
		}
		SignUpPerson writer = null;
		if (request.attendeeId() != null) {
			this.signUps.find(request.attendeeId())
				.filter((signUp) -> signUp.activityId().equals(activityId))
				.orElseThrow(ActivityProblem::signUpNotFound);
			writer = this.people.open(request.attendeeId()).orElseThrow(ActivityProblem::signUpNotFound);
		}
		MessageSubmission submission = new MessageSubmission(MessageKind.SUGGESTION, request.subject().strip(),
				"在“" + activity.title() + "”（" + activity.kind().label() + "，" + this.clock.text(activity.startsAt())
						+ "）中提出：\n" + request.text().strip(),
				(writer != null) ? writer.name() : null, (writer != null) ? writer.phone() : null, null, false,
				SubmissionChannel.DESK, null, null);
		Instant now = this.clock.instant();
		MessageRecorder.Recorded recorded = this.transaction.execute((status) -> {
			MessageRecorder.Recorded message = this.recorder.record(new NewMessage(submission, SubmissionChannel.DESK,
					null, InitialRouting.of(MessageKind.SUGGESTION, null, this.departments), Codes.random(), now));
			this.jdbc.sql("""
					INSERT INTO activity_opinion (message_id, activity_id, sign_up_id, recorded_by, recorded_at)
					VALUES (:message, :activity, :signUp, :by, :at)
					""")
				.param("message", message.id())
				.param("activity", activityId)
				.param("signUp", request.attendeeId())
				.param("by", staff.username())
				.param("at", Timestamp.from(now))
				.update();
			this.audit.append(activityId, ActivityStep.RECORD_OPINION.name(), staff.username(), staff.name(), null,
					null, "意见建议：" + message.reference(), now);
			return message;
		});
		log.info("Opinion at activity {} recorded as message {}", activityId, recorded.id());
		return recorded.receipt();
	}

}
