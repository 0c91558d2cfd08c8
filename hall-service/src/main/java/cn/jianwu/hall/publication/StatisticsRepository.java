package cn.jianwu.hall.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the figures read of each message received in a period: no text, no writer. */
@Repository
class StatisticsRepository {

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> receivedBetween(Instant from, Instant until) {
		return this.jdbc.sql("""
				SELECT kind, status, received_at, answer_by, COALESCE(closed_at, answered_at) AS closed_at, working_days
				FROM message
				WHERE received_at >= :from AND received_at < :until
				""")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(StatisticsRepository::row)
			.list();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Row(MessageKind.valueOf(rs.getString("kind")), MessageStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("answer_by", LocalDate.class),
				(closed != null) ? closed.toInstant() : null, rs.getObject("working_days", Integer.class));
	}

	/**
	 * @param closedAt when the clock stopped (answer, merge or referral), {@code null}
	 * while open
	 * @param workingDays as handling recorded them at closing, {@code null} if it did not
	 */
	record Row(MessageKind kind, MessageStatus status, Instant receivedAt, LocalDate answerBy, Instant closedAt,
			Integer workingDays) {
	}

}
