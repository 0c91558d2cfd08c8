package cn.jianwu.reports.obligation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import cn.jianwu.events.Category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds obligations that other features of report-service create: a signed-off inspection
 * report's rectification demands become one-off obligations of the department named, due
 * on the day the supervision group set.
 */
@Component
public class ObligationRegister {

	/** The source of an obligation that a rectification demand created. */
	public static final String SOURCE_INSPECTION = "INSPECTION";

	/** The source of an obligation entered in the register by its editors. */
	public static final String SOURCE_STAFF = "STAFF";

	/** The source of an obligation of the seed's list. */
	public static final String SOURCE_SEED = "SEED";

	private final JdbcClient jdbc;

	private final Clock clock;

	ObligationRegister(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A rectification demand as an obligation.
	 * @param reportId the inspection report that demands it
	 * @return the obligation's id
	 */
	@Transactional
	public String addRectification(String reportId, String department, String title, Category category, LocalDate due,
			String demandedBy) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO obligation (id, title, department, category, frequency, due_date, source, source_ref,
				                        created_by, created_at)
				VALUES (:id, :title, :department, :category, 'AD_HOC', :due, :source, :reportId, :by, :at)
				""")
			.param("id", id)
			.param("title", title)
			.param("department", department)
			.param("category", category.name())
			.param("due", Date.valueOf(due))
			.param("source", SOURCE_INSPECTION)
			.param("reportId", reportId)
			.param("by", demandedBy)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

}
