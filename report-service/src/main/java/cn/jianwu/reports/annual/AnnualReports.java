package cn.jianwu.reports.annual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.reports.api.annual.AnnualTexts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code annual_report} table, read together with the read model's view of the
 * report's item (its first published revision and its last workflow step). Every change
 * is conditional on the state (and, for edits, the version), so two offices' clicks never
 * overwrite each other.
 */
@Repository
class AnnualReports {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AnnualReports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<AnnualReport> find(int year) {
		return this.jdbc.sql("""
				SELECT a.*, p.published_at AS item_published_at, p.portal_url, s.to_status AS item_status
				FROM annual_report a
				LEFT JOIN LATERAL (SELECT r.published_at, r.portal_url FROM item_revision r
				                   WHERE r.item_id = a.item_id ORDER BY r.revision LIMIT 1) p ON true
				LEFT JOIN LATERAL (SELECT w.to_status FROM workflow_step w
				                   WHERE w.item_id = a.item_id ORDER BY w.at DESC LIMIT 1) s ON true
				WHERE a.year = :year
				""").param("year", year).query(this::report).optional();
	}

	/**
	 * A new draft with these figures, or a draft's figures replaced (its text kept).
	 * @return whether it was written; {@code false} when the report was submitted
	 */
	boolean generate(int year, AnnualFigures figures, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO annual_report (year, state, figures, generated_at, generated_by)
				VALUES (:year, :draft, CAST(:figures AS jsonb), :at, :by)
				ON CONFLICT (year) DO UPDATE
				SET figures = excluded.figures, generated_at = excluded.generated_at,
				    generated_by = excluded.generated_by, version = annual_report.version + 1
				WHERE annual_report.state = :draft
				""")
			.param("year", year)
			.param("draft", AnnualState.DRAFT.name())
			.param("figures", this.json.writeValueAsString(figures))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * @return whether it was written: a draft of that version
	 */
	boolean edit(int year, AnnualTexts texts) {
		return this.jdbc.sql("""
				UPDATE annual_report
				SET overview = :overview, reviews = :reviews, problems = :problems, other_matters = :otherMatters,
				    version = version + 1
				WHERE year = :year AND state = :draft AND version = :version
				""")
			.param("overview", texts.overview())
			.param("reviews", texts.reviews())
			.param("problems", texts.problems())
			.param("otherMatters", texts.otherMatters())
			.param("year", year)
			.param("draft", AnnualState.DRAFT.name())
			.param("version", texts.version())
			.update() == 1;
	}

	/**
	 * @return whether it was written: a draft of that version
	 */
	boolean submitted(int year, long version, String itemId, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE annual_report
				SET state = :submitted, item_id = :itemId, submitted_by = :by, submitted_at = :at,
				    version = version + 1
				WHERE year = :year AND state = :draft AND version = :version
				""")
			.param("submitted", AnnualState.SUBMITTED.name())
			.param("itemId", itemId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("year", year)
			.param("draft", AnnualState.DRAFT.name())
			.param("version", version)
			.update() == 1;
	}

	private AnnualReport report(ResultSet rs, int row) throws SQLException {
		return new AnnualReport(rs.getInt("year"), AnnualState.valueOf(rs.getString("state")), rs.getString("overview"),
				rs.getString("reviews"), rs.getString("problems"), rs.getString("other_matters"),
				this.json.readValue(rs.getString("figures"), AnnualFigures.class), instant(rs, "generated_at"),
				rs.getString("generated_by"), rs.getString("item_id"), instant(rs, "submitted_at"),
				rs.getString("submitted_by"), rs.getLong("version"), rs.getString("item_status"),
				instant(rs, "item_published_at"), rs.getString("portal_url"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
