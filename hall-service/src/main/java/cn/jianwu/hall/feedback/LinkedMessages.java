package cn.jianwu.hall.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.calendar.Deadlines;
import cn.jianwu.hall.publication.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages about one disclosure item or answering one open call, newest first, as
 * staff lists show them: each with its clock, never its text or writer.
 */
@Repository
public class LinkedMessages {

	private final JdbcClient jdbc;

	private final AnswerClock clock;

	LinkedMessages(JdbcClient jdbc, AnswerClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The feedback on an item.
	 * @param department only this department's, or {@code null} for all
	 */
	public MessagePage aboutItem(UUID itemId, String department, Paging paging) {
		return page("item_id", itemId, MessageKind.ITEM_FEEDBACK, department, paging);
	}

	/** The responses to an open call. */
	public MessagePage respondingTo(UUID callId, Paging paging) {
		return page("call_id", callId, MessageKind.CALL_RESPONSE, null, paging);
	}

	private MessagePage page(String column, UUID id, MessageKind kind, String department, Paging paging) {
		String where = " FROM message WHERE " + column + " = :id AND kind = :kind"
				+ " AND (CAST(:department AS TEXT) IS NULL OR department = :department)";
		List<MessageSummary> items = this.jdbc.sql("""
				SELECT id, reference, kind, channel, subject, status, department, received_at, acknowledge_by,
				       answer_by, acknowledged_at
				""" + where + " ORDER BY received_at DESC, id LIMIT :size OFFSET :offset")
			.param("id", id)
			.param("kind", kind.name())
			.param("department", department)
			.param("size", paging.size())
			.param("offset", paging.offset())
			.query(this::summary)
			.list();
		long total = this.jdbc.sql("SELECT count(*)" + where)
			.param("id", id)
			.param("kind", kind.name())
			.param("department", department)
			.query(Long.class)
			.single();
		return new MessagePage(items, total, paging.page(), paging.size());
	}

	private MessageSummary summary(ResultSet rs, int row) throws SQLException {
		MessageStatus status = MessageStatus.valueOf(rs.getString("status"));
		Deadlines deadlines = new Deadlines(rs.getObject("acknowledge_by", LocalDate.class),
				rs.getObject("answer_by", LocalDate.class));
		boolean acknowledged = rs.getTimestamp("acknowledged_at") != null;
		return new MessageSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
				MessageKind.valueOf(rs.getString("kind")), SubmissionChannel.valueOf(rs.getString("channel")),
				rs.getString("subject"), status, rs.getString("department"), rs.getTimestamp("received_at").toInstant(),
				deadlines.acknowledgeBy(), deadlines.answerBy(), this.clock.due(status, acknowledged, deadlines));
	}

}
