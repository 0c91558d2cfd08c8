package cn.jianwu.channel.wechat.hall;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers already dealt with ({@code hall_reply}), by the event that announced them:
 * sent, or found undeliverable. Ids and outcomes only.
 */
@Repository
class SentAnswers {

	private final JdbcClient jdbc;

	SentAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean handled(String eventId) {
		return this.jdbc.sql("SELECT count(*) FROM hall_reply WHERE event_id = :eventId")
			.param("eventId", eventId)
			.query(Integer.class)
			.single() > 0;
	}

	void record(String eventId, String messageId, Outcome outcome) {
		this.jdbc
			.sql("INSERT INTO hall_reply (event_id, message_id, outcome) VALUES (:eventId, :messageId, :outcome)"
					+ " ON CONFLICT DO NOTHING")
			.param("eventId", eventId)
			.param("messageId", messageId)
			.param("outcome", outcome.name())
			.update();
	}

	enum Outcome {

		/** WeChat took the customer-service message. */
		SENT,
		/** hall-service had nothing to send (404). */
		NOTHING_TO_SEND,
		/**
		 * WeChat cannot reach the follower any more (unfollowed, blocked, or outside the
		 * window in which the account may write to them); the answer stays available
		 * through the lookup with the codes.
		 */
		UNREACHABLE,
		/**
		 * WeChat refused it for a reason retrying cannot fix (e.g. the account lacks the
		 * customer-service permission); logged as an error.
		 */
		FAILED

	}

}
