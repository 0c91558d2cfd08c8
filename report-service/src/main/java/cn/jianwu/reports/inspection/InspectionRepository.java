package cn.jianwu.reports.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionStatus;
import cn.jianwu.reports.api.inspection.InspectionSummary;
import cn.jianwu.reports.api.inspection.InspectionView;
import cn.jianwu.reports.api.inspection.RectificationDemand;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspection reports (table {@code inspection_report}). Every change is made only
 * while the report is a draft ({@code WHERE status = 'DRAFT'}); the table's trigger
 * refuses any change to a signed-off report, should a statement forget.
 */
@Repository
class InspectionRepository {

	private static final TypeReference<List<RectificationDemand>> DEMANDS = new TypeReference<>() {
	};

	/** Everything but the PDF, which only its download reads. */
	private static final String COLUMNS = "id, half, status, figures, generated_by, findings, demands, updated_by, "
			+ "updated_at, signed_off_by, signed_off_at, pdf_sha256";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InspectionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<InspectionSummary> all() {
		return this.jdbc.sql("""
				SELECT id, half, status, generated_at, signed_off_by, signed_off_at FROM inspection_report
				ORDER BY half DESC
				""").query((rs, n) -> {
			HalfYear half = HalfYear.parse(rs.getString("half"));
			InspectionStatus status = InspectionStatus.valueOf(rs.getString("status"));
			return new InspectionSummary(rs.getString("id"), half, InspectionView.titleOf(half), status, status.label(),
					instant(rs, "generated_at"), rs.getString("signed_off_by"), instant(rs, "signed_off_at"));
		}).list();
	}

	Optional<InspectionView> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_report WHERE id = :id")
			.param("id", id)
			.query(this::view)
			.optional();
	}

	/** The report, locked for the rest of the transaction. */
	Optional<InspectionView> lock(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_report WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::view)
			.optional();
	}

	/** The half-year's report, locked for the rest of the transaction. */
	Optional<InspectionView> lockHalf(HalfYear half) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_report WHERE half = :half FOR UPDATE")
			.param("half", half.toString())
			.query(this::view)
			.optional();
	}

	/**
	 * @return whether this call inserted it (another may have been quicker)
	 */
	boolean insert(String id, InspectionFigures figures, String by) {
		return this.jdbc.sql("""
				INSERT INTO inspection_report (id, half, status, figures, generated_by, generated_at)
				VALUES (:id, :half, :status, CAST(:figures AS jsonb), :by, :at)
				ON CONFLICT (half) DO NOTHING
				""")
			.param("id", id)
			.param("half", figures.half().toString())
			.param("status", InspectionStatus.DRAFT.name())
			.param("figures", this.json.writeValueAsString(figures))
			.param("by", by)
			.param("at", Timestamp.from(figures.computedAt()))
			.update() == 1;
	}

	void regenerate(String id, InspectionFigures figures, String by) {
		this.jdbc.sql("""
				UPDATE inspection_report SET figures = CAST(:figures AS jsonb), generated_by = :by, generated_at = :at
				WHERE id = :id AND status = :draft
				""")
			.param("id", id)
			.param("figures", this.json.writeValueAsString(figures))
			.param("by", by)
			.param("at", Timestamp.from(figures.computedAt()))
			.param("draft", InspectionStatus.DRAFT.name())
			.update();
	}

	void findings(String id, String findings, List<RectificationDemand> demands, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE inspection_report SET findings = :findings, demands = CAST(:demands AS jsonb), updated_by = :by,
				       updated_at = :at
				WHERE id = :id AND status = :draft
				""")
			.param("id", id)
			.param("findings", findings)
			.param("demands", this.json.writeValueAsString(demands))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("draft", InspectionStatus.DRAFT.name())
			.update();
	}

	void signOff(String id, List<RectificationDemand> demands, String by, Instant at, byte[] pdf, String sha256) {
		this.jdbc.sql("""
				UPDATE inspection_report SET status = :signed, demands = CAST(:demands AS jsonb), signed_off_by = :by,
				       signed_off_at = :at, pdf = :pdf, pdf_sha256 = :sha256
				WHERE id = :id AND status = :draft
				""")
			.param("id", id)
			.param("signed", InspectionStatus.SIGNED_OFF.name())
			.param("demands", this.json.writeValueAsString(demands))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("pdf", pdf)
			.param("sha256", sha256)
			.param("draft", InspectionStatus.DRAFT.name())
			.update();
	}

	/** The PDF archived at sign-off. */
	Optional<byte[]> archivedPdf(String id) {
		return this.jdbc.sql("SELECT pdf FROM inspection_report WHERE id = :id AND pdf IS NOT NULL")
			.param("id", id)
			.query((rs, n) -> rs.getBytes("pdf"))
			.optional();
	}

	private InspectionView view(ResultSet rs, int n) throws SQLException {
		HalfYear half = HalfYear.parse(rs.getString("half"));
		InspectionStatus status = InspectionStatus.valueOf(rs.getString("status"));
		return new InspectionView(rs.getString("id"), half, InspectionView.titleOf(half), status, status.label(),
				rs.getString("generated_by"), this.json.readValue(rs.getString("figures"), InspectionFigures.class),
				rs.getString("findings"), this.json.readValue(rs.getString("demands"), DEMANDS),
				rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("signed_off_by"),
				instant(rs, "signed_off_at"), rs.getString("pdf_sha256"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
