package cn.jianwu.hall.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answered messages whose writers allowed publication, latest answer first. Only the
 * columns the public may ever read are selected: never the writer, the codes or the
 * handling staff.
 */
@Repository
class PublishedMessageRepository {

	private final JdbcClient jdbc;

	PublishedMessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> page(MessageKind kind, Paging paging) {
		return this.jdbc.sql("""
				SELECT id, kind, subject, body, answer, department, received_at, answered_at
				FROM message
				WHERE status = :answered AND public_ok AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
				ORDER BY answered_at DESC, id
				LIMIT :size OFFSET :offset
				""")
			.param("answered", MessageStatus.ANSWERED.name())
			.param("kind", (kind != null) ? kind.name() : null)
			.param("size", paging.size())
			.param("offset", paging.offset())
			.query(PublishedMessageRepository::row)
			.list();
	}

	long count(MessageKind kind) {
		return this.jdbc.sql("""
				SELECT count(*) FROM message
				WHERE status = :answered AND public_ok AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
				""")
			.param("answered", MessageStatus.ANSWERED.name())
			.param("kind", (kind != null) ? kind.name() : null)
			.query(Long.class)
			.single();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), MessageKind.valueOf(rs.getString("kind")),
				rs.getString("subject"), rs.getString("body"), rs.getString("answer"), rs.getString("department"),
				rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("answered_at").toInstant());
	}

	/** A published message as stored, before redaction. */
	record Row(UUID id, MessageKind kind, String subject, String body, String answer, String department,
			Instant receivedAt, Instant answeredAt) {
	}

}
