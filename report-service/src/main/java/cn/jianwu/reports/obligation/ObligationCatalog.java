package cn.jianwu.reports.obligation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's rows (table {@code obligation}). */
@Repository
class ObligationCatalog {

	private static final String COLUMNS = """
			id, title, department, category, sub_kind, frequency, due_month, due_day, due_within_days, due_date,
			source, basis, active, created_at, updated_at""";

	private final JdbcClient jdbc;

	ObligationCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole register, or one department's, departments and titles in order. */
	List<ObligationView> list(String department) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM obligation WHERE (CAST(:department AS varchar) IS NULL OR department = :department)
				ORDER BY department, title, id""")
			.param("department", department)
			.query(ObligationCatalog::view)
			.list();
	}

	Optional<ObligationView> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE id = :id")
			.param("id", id)
			.query(ObligationCatalog::view)
			.optional();
	}

	/** Obligations with their dates, for the duties ({@code null}: every department). */
	List<Entry> entries(String department) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM obligation WHERE (CAST(:department AS varchar) IS NULL OR department = :department)
				ORDER BY department, title, id""")
			.param("department", department)
			.query((rs, row) -> new Entry(view(rs, row), instant(rs.getTimestamp("updated_at"))))
			.list();
	}

	/**
	 * @return whether the row was new
	 */
	boolean insert(String id, ValidObligation obligation, String source, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO obligation (id, title, department, category, sub_kind, frequency, due_month, due_day,
				                        due_within_days, due_date, source, basis, active, created_by, created_at)
				VALUES (:id, :title, :department, :category, :subKind, :frequency, :dueMonth, :dueDay,
				        :dueWithinDays, :dueDate, :source, :basis, :active, :by, :at)
				ON CONFLICT (id) DO NOTHING""")
			.param("id", id)
			.params(params(obligation))
			.param("source", source)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	boolean update(String id, ValidObligation obligation, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE obligation SET title = :title, department = :department, category = :category,
				       sub_kind = :subKind, frequency = :frequency, due_month = :dueMonth, due_day = :dueDay,
				       due_within_days = :dueWithinDays, due_date = :dueDate, basis = :basis, active = :active,
				       updated_by = :by, updated_at = :at
				WHERE id = :id""")
			.param("id", id)
			.params(params(obligation))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static Map<String, Object> params(ValidObligation o) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", o.title());
		params.put("department", o.department());
		params.put("category", o.category().name());
		params.put("subKind", o.subKind());
		params.put("frequency", o.frequency().name());
		params.put("dueMonth", o.dueMonth());
		params.put("dueDay", o.dueDay());
		params.put("dueWithinDays", o.dueWithinDays());
		params.put("dueDate", (o.dueDate() != null) ? Date.valueOf(o.dueDate()) : null);
		params.put("basis", o.basis());
		params.put("active", o.active());
		return params;
	}

	private static ObligationView view(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new ObligationView(rs.getString("id"), rs.getString("title"), rs.getString("department"),
				Category.valueOf(rs.getString("category")), rs.getString("sub_kind"),
				Frequency.valueOf(rs.getString("frequency")), (Integer) rs.getObject("due_month"),
				(Integer) rs.getObject("due_day"), (Integer) rs.getObject("due_within_days"),
				(due != null) ? due.toLocalDate() : null, rs.getString("source"), rs.getString("basis"),
				rs.getBoolean("active"), instant(rs.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A register row with when it was last changed (an inactive obligation stopped being
	 * due then).
	 */
	record Entry(ObligationView obligation, Instant updatedAt) {
	}

}
