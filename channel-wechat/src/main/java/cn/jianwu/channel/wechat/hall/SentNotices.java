package cn.jianwu.channel.wechat.hall;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.jianwu.events.AppointmentNotice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appointments' notices already dealt with ({@code appointment_notice}), by
 * appointment, notice and the moment it was raised: sent, or found undeliverable. Ids and
 * outcomes only.
 */
@Repository
class SentNotices {

	private final JdbcClient jdbc;

	SentNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean handled(String appointmentId, AppointmentNotice notice, Instant dueAt) {
		return this.jdbc
			.sql("SELECT count(*) FROM appointment_notice WHERE appointment_id = :id AND notice = :notice"
					+ " AND due_at = :dueAt")
			.param("id", appointmentId)
			.param("notice", notice.name())
			.param("dueAt", moment(dueAt))
			.query(Integer.class)
			.single() > 0;
	}

	void record(String appointmentId, AppointmentNotice notice, Instant dueAt, Outcome outcome, String wechatMsgId) {
		this.jdbc
			.sql("INSERT INTO appointment_notice (appointment_id, notice, due_at, outcome, wechat_msg_id)"
					+ " VALUES (:id, :notice, :dueAt, :outcome, :msgId) ON CONFLICT DO NOTHING")
			.param("id", appointmentId)
			.param("notice", notice.name())
			.param("dueAt", moment(dueAt))
			.param("outcome", outcome.name())
			.param("msgId", wechatMsgId)
			.update();
	}

	/** As PostgreSQL keeps it (microseconds), so that the same moment finds its row. */
	private static Timestamp moment(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	enum Outcome {

		/** WeChat took the template message. */
		SENT,
		/**
		 * hall-service had nothing to send (404): nobody to tell on WeChat, or the notice
		 * no longer applies (a reminder of a cancelled booking).
		 */
		NOTHING_TO_SEND,
		/**
		 * WeChat cannot reach the follower any more (unfollowed, blocked); the booking
		 * stays available through the lookup with its code.
		 */
		UNREACHABLE,
		/**
		 * WeChat refused it for a reason retrying cannot fix (e.g. a wrong template id);
		 * logged as an error.
		 */
		FAILED

	}

}
