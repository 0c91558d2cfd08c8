package cn.jianwu.hall.call;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.MessageKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code open_call} table, each call read with its number of responses. */
@Repository
class CallRepository {

	private static final String SELECT = """
			SELECT c.*, (SELECT count(*) FROM message m WHERE m.call_id = c.id AND m.kind = :response) AS responses
			FROM open_call c
			""";

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OpenCall call) {
		this.jdbc
			.sql("""
					INSERT INTO open_call (id, title, body, department, questions, opens_at, closes_at, announcement_item_id,
					                       created_by, created_at)
					VALUES (:id, :title, :body, :department, :questions, :opensAt, :closesAt, :announcement, :createdBy,
					        :createdAt)
					""")
			.param("id", call.id())
			.param("title", call.title())
			.param("body", call.body())
			.param("department", call.department())
			.param("questions", call.questions().toArray(String[]::new))
			.param("opensAt", Timestamp.from(call.opensAt()))
			.param("closesAt", Timestamp.from(call.closesAt()))
			.param("announcement", call.announcementItemId())
			.param("createdBy", call.createdBy())
			.param("createdAt", Timestamp.from(call.createdAt()))
			.update();
	}

	Optional<OpenCall> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE c.id = :id")
			.param("response", MessageKind.CALL_RESPONSE.name())
			.param("id", id)
			.query(CallRepository::call)
			.optional();
	}

	/** Every call, the latest to open first. */
	List<OpenCall> all() {
		return this.jdbc.sql(SELECT + " ORDER BY c.opens_at DESC, c.id")
			.param("response", MessageKind.CALL_RESPONSE.name())
			.query(CallRepository::call)
			.list();
	}

	/**
	 * Closes the calls whose time is up and that nobody closed yet. The update takes each
	 * row's lock and re-checks {@code closed_at}, so that of two instances sweeping at
	 * once, each call is closed by one only.
	 * @param callId one call only, or {@code null} for every call that is due
	 * @return the calls closed now, with their responses
	 */
	List<Closed> closeDue(Instant now, UUID callId) {
		return this.jdbc.sql("""
				UPDATE open_call c SET closed_at = :now
				WHERE c.closed_at IS NULL AND c.closes_at <= :now AND (CAST(:id AS UUID) IS NULL OR c.id = :id)
				RETURNING c.id, c.closed_at,
				          (SELECT count(*) FROM message m WHERE m.call_id = c.id AND m.kind = :response) AS responses
				""")
			.param("now", Timestamp.from(now))
			.param("id", callId)
			.param("response", MessageKind.CALL_RESPONSE.name())
			.query((rs, row) -> new Closed(rs.getObject("id", UUID.class), rs.getTimestamp("closed_at").toInstant(),
					rs.getLong("responses")))
			.list();
	}

	/**
	 * Takes the results of a closed call, once: whoever stores them first may publish
	 * them.
	 * @return whether they were taken now
	 */
	boolean claimResults(UUID id, String summary, String adopted) {
		return this.jdbc.sql("""
				UPDATE open_call SET results_summary = :summary, adopted = :adopted
				WHERE id = :id AND closed_at IS NOT NULL AND results_summary IS NULL
				""").param("id", id).param("summary", summary).param("adopted", adopted).update() == 1;
	}

	/** Gives the results back when their item could not be created. */
	void releaseResults(UUID id) {
		this.jdbc
			.sql("UPDATE open_call SET results_summary = NULL, adopted = NULL WHERE id = :id AND "
					+ "results_item_id IS NULL")
			.param("id", id)
			.update();
	}

	void resultsItem(UUID id, UUID itemId) {
		this.jdbc.sql("UPDATE open_call SET results_item_id = :item WHERE id = :id")
			.param("id", id)
			.param("item", itemId)
			.update();
	}

	private static OpenCall call(ResultSet rs, int row) throws SQLException {
		Array questions = rs.getArray("questions");
		return new OpenCall(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"),
				rs.getString("department"),
				(questions != null) ? Arrays.asList((String[]) questions.getArray()) : List.of(),
				instant(rs, "opens_at"), instant(rs, "closes_at"), rs.getObject("announcement_item_id", UUID.class),
				instant(rs, "closed_at"), rs.getString("results_summary"), rs.getString("adopted"),
				rs.getObject("results_item_id", UUID.class), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getLong("responses"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/** A call the sweep closed. */
	record Closed(UUID id, Instant closedAt, long responses) {
	}

}
