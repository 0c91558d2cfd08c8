package cn.jianwu.hall.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads messages for the staff and writes the steps of their handling. */
@Repository
class MessageRepository {

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HandledMessage> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM message WHERE id = :id")
			.param("id", id)
			.query(MessageRepository::map)
			.optional();
	}

	/**
	 * Writes a step, if nobody else changed the message since it was read: the version
	 * read must still be the stored one.
	 * @return whether the row was written
	 */
	boolean update(HandledMessage message) {
		return this.jdbc.sql("""
				UPDATE message SET status = :status, department = :department, acknowledgement = :acknowledgement,
				       acknowledged_at = :acknowledgedAt, acknowledged_by = :acknowledgedBy, answer = :answer,
				       answer_revision = :answerRevision, drafted_by = :draftedBy, answered_at = :answeredAt,
				       answered_by = :answeredBy, working_days = :workingDays, merged_into = :mergedInto,
				       referral = :referral, closed_at = :closedAt, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("status", message.status().name())
			.param("department", message.department())
			.param("acknowledgement", message.acknowledgement())
			.param("acknowledgedAt", timestamp(message.acknowledgedAt()))
			.param("acknowledgedBy", message.acknowledgedBy())
			.param("answer", message.answer())
			.param("answerRevision", message.answerRevision())
			.param("draftedBy", message.draftedBy())
			.param("answeredAt", timestamp(message.answeredAt()))
			.param("answeredBy", message.answeredBy())
			.param("workingDays", message.workingDays())
			.param("mergedInto", message.mergedInto())
			.param("referral", message.referral())
			.param("closedAt", timestamp(message.closedAt()))
			.param("id", message.id())
			.param("version", message.version())
			.update() == 1;
	}

	/** One page of the messages matching the filter, newest first. */
	List<HandledMessage> page(MessageFilter filter, int page, int size) {
		Query query = where(filter, false);
		return this.jdbc
			.sql("SELECT * FROM message" + query.sql() + " ORDER BY received_at DESC, id LIMIT :limit"
					+ " OFFSET :offset")
			.params(query.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(MessageRepository::map)
			.list();
	}

	long count(MessageFilter filter) {
		Query query = where(filter, false);
		return this.jdbc.sql("SELECT count(*) FROM message" + query.sql())
			.params(query.params())
			.query(Long.class)
			.single();
	}

	/**
	 * Every message of the filter whose clock still runs, newest first: the candidates of
	 * the overdue and due-soon lists, whose state depends on today and the calendar.
	 */
	List<HandledMessage> open(MessageFilter filter) {
		Query query = where(filter, true);
		return this.jdbc.sql("SELECT * FROM message" + query.sql() + " ORDER BY received_at DESC, id")
			.params(query.params())
			.query(MessageRepository::map)
			.list();
	}

	private static Query where(MessageFilter filter, boolean openOnly) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.department() != null) {
			conditions.add("department = :department");
			params.put("department", filter.department());
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			conditions.add("kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (openOnly) {
			conditions.add("closed_at IS NULL");
		}
		return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static HandledMessage map(ResultSet rs, int row) throws SQLException {
		return new HandledMessage(rs.getObject("id", UUID.class), rs.getString("reference"),
				MessageKind.valueOf(rs.getString("kind")), SubmissionChannel.valueOf(rs.getString("channel")),
				rs.getString("subject"), rs.getString("body"), rs.getBoolean("public_ok"),
				rs.getObject("item_id", UUID.class), rs.getObject("call_id", UUID.class),
				MessageStatus.valueOf(rs.getString("status")), rs.getString("department"), instant(rs, "received_at"),
				rs.getObject("acknowledge_by", LocalDate.class), rs.getObject("answer_by", LocalDate.class),
				rs.getString("acknowledgement"), instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
				rs.getString("answer"), rs.getObject("answer_revision", Integer.class), rs.getString("drafted_by"),
				instant(rs, "answered_at"), rs.getString("answered_by"), rs.getObject("working_days", Integer.class),
				rs.getObject("merged_into", UUID.class), rs.getString("referral"), instant(rs, "closed_at"),
				rs.getInt("version"));
	}

	private record Query(String sql, Map<String, Object> params) {
	}

}
