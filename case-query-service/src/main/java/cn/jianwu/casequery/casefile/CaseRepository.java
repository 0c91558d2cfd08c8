package cn.jianwu.casequery.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.CredentialState;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.query.CaseView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of schema {@code casequery} that hold cases. */
@Repository
class CaseRepository {

	private static final String CASE_COLUMNS = "id, case_number, case_name, case_type, department, prosecutor, "
			+ "accepted_at, stage, stage_date, stage_deadline, version";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CaseRow> find(String caseNumber) {
		return this.jdbc.sql("SELECT " + CASE_COLUMNS + " FROM case_file WHERE case_number = ?")
			.param(caseNumber)
			.query(CaseRepository::caseRow)
			.optional();
	}

	Optional<CaseRow> findForUpdate(String caseNumber) {
		return this.jdbc.sql("SELECT " + CASE_COLUMNS + " FROM case_file WHERE case_number = ? FOR UPDATE")
			.param(caseNumber)
			.query(CaseRepository::caseRow)
			.optional();
	}

	Optional<CaseRow> findById(long id) {
		return this.jdbc.sql("SELECT " + CASE_COLUMNS + " FROM case_file WHERE id = ?")
			.param(id)
			.query(CaseRepository::caseRow)
			.optional();
	}

	/** Inserts the case, or answers {@code null} when another request just did. */
	Long insert(String caseNumber, CaseUpsertRequest fields) {
		return this.jdbc.sql("""
				INSERT INTO case_file (case_number, case_name, case_type, department, prosecutor, accepted_at,
				                       stage, stage_date)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING RETURNING id
				""")
			.params(caseNumber, fields.caseName().trim(), fields.caseType().trim(), fields.department().trim(),
					trimmed(fields.prosecutor()), Date.valueOf(fields.acceptedAt()), CaseStage.ACCEPTED.label(),
					Date.valueOf(fields.acceptedAt()))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	void updateFields(long id, CaseUpsertRequest fields) {
		this.jdbc.sql("""
				UPDATE case_file SET case_name = ?, case_type = ?, department = ?, prosecutor = ?, accepted_at = ?,
				       updated_at = now()
				WHERE id = ?
				""")
			.params(fields.caseName().trim(), fields.caseType().trim(), fields.department().trim(),
					trimmed(fields.prosecutor()), Date.valueOf(fields.acceptedAt()), id)
			.update();
	}

	/** Bumps the version (every change does); answers the new one. */
	long touch(long id) {
		return this.jdbc
			.sql("UPDATE case_file SET version = version + 1, updated_at = now() WHERE id = ? " + "RETURNING version")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** Inserts a step unless the same stage is already recorded on that date. */
	boolean insertEvent(long caseId, String stage, LocalDate date, LocalDate deadline, String note, String actor) {
		return this.jdbc.sql("""
				INSERT INTO case_event (case_id, stage, event_date, deadline, note, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, stage, event_date) DO NOTHING
				""")
			.params(caseId, stage, Date.valueOf(date), (deadline != null) ? Date.valueOf(deadline) : null,
					trimmed(note), actor)
			.update() > 0;
	}

	/** The deadline of the latest step on or before a date, or {@code null}. */
	LocalDate latestDeadline(long caseId, LocalDate date) {
		return this.jdbc
			.sql("SELECT deadline FROM case_event WHERE case_id = ? AND event_date <= ? "
					+ "ORDER BY event_date DESC, id DESC LIMIT 1")
			.params(caseId, Date.valueOf(date))
			.query((rs, row) -> date(rs, "deadline"))
			.optional()
			.orElse(null);
	}

	/** Sets the deadline of the latest step (a correction by the desk). */
	void correctLatestDeadline(long caseId, LocalDate deadline) {
		this.jdbc.sql("""
				UPDATE case_event SET deadline = ? WHERE id = (
				  SELECT id FROM case_event WHERE case_id = ? ORDER BY event_date DESC, id DESC LIMIT 1)
				""").params(Date.valueOf(deadline), caseId).update();
	}

	/** Makes the latest step (by date) the case's current stage. */
	void refreshCurrentStage(long caseId) {
		this.jdbc.sql("""
				UPDATE case_file f SET stage = e.stage, stage_date = e.event_date, stage_deadline = e.deadline
				FROM (SELECT stage, event_date, deadline FROM case_event WHERE case_id = ?
				      ORDER BY event_date DESC, id DESC LIMIT 1) e
				WHERE f.id = ?
				""").params(caseId, caseId).update();
	}

	List<CaseStaffView.Event> events(long caseId) {
		return this.jdbc
			.sql("SELECT stage, event_date, deadline, note, recorded_by, recorded_at FROM case_event "
					+ "WHERE case_id = ? ORDER BY event_date, id")
			.param(caseId)
			.query((rs, row) -> new CaseStaffView.Event(rs.getString("stage"), date(rs, "event_date"),
					date(rs, "deadline"), rs.getString("note"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	List<CaseView.Step> steps(long caseId) {
		return this.jdbc
			.sql("SELECT stage, event_date, deadline FROM case_event WHERE case_id = ? " + "ORDER BY event_date, id")
			.param(caseId)
			.query((rs, row) -> new CaseView.Step(rs.getString("stage"), date(rs, "event_date"), date(rs, "deadline")))
			.list();
	}

	List<CaseView.Measure> measures(long caseId) {
		return this.jdbc
			.sql("SELECT measure, decided_at FROM compulsory_measure WHERE case_id = ? " + "ORDER BY decided_at, id")
			.param(caseId)
			.query((rs, row) -> new CaseView.Measure(rs.getString("measure"), date(rs, "decided_at")))
			.list();
	}

	boolean insertMeasure(long caseId, String measure, LocalDate date) {
		return this.jdbc
			.sql("INSERT INTO compulsory_measure (case_id, measure, decided_at) VALUES (?, ?, ?) "
					+ "ON CONFLICT (case_id, measure, decided_at) DO NOTHING")
			.params(caseId, measure.trim(), Date.valueOf(date))
			.update() > 0;
	}

	void deleteMeasure(long caseId, String measure, LocalDate date) {
		this.jdbc.sql("DELETE FROM compulsory_measure WHERE case_id = ? AND measure = ? AND decided_at = ?")
			.params(caseId, measure, Date.valueOf(date))
			.update();
	}

	List<PersonRow> persons(long caseId) {
		return this.jdbc
			.sql("SELECT id, role, name, id_hash, id_last4, licence_number FROM authorised_person "
					+ "WHERE case_id = ? AND removed_at IS NULL ORDER BY id")
			.param(caseId)
			.query((rs, row) -> new PersonRow(rs.getLong("id"), PersonRole.valueOf(rs.getString("role")),
					rs.getString("name"), rs.getBytes("id_hash"), rs.getString("id_last4"),
					rs.getString("licence_number")))
			.list();
	}

	long insertPerson(long caseId, PersonRole role, String name, byte[] idHash, String idLast4, String licence) {
		return this.jdbc
			.sql("INSERT INTO authorised_person (case_id, role, name, id_hash, id_last4, licence_number) "
					+ "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(caseId, role.name(), name, idHash, idLast4, licence)
			.query(Long.class)
			.single();
	}

	void updatePerson(long personId, PersonRole role, String name, String licence) {
		this.jdbc.sql("UPDATE authorised_person SET role = ?, name = ?, licence_number = ? WHERE id = ?")
			.params(role.name(), name, licence, personId)
			.update();
	}

	void removePerson(long personId) {
		this.jdbc.sql("UPDATE authorised_person SET removed_at = now() WHERE id = ?").param(personId).update();
	}

	List<CaseStaffView.Person> staffPersons(long caseId) {
		return this.jdbc.sql("""
				SELECT p.id, p.role, p.name, p.id_last4, p.licence_number,
				       c.id AS credential_id, c.status, c.issued_at, c.revoked_at
				FROM authorised_person p
				LEFT JOIN LATERAL (SELECT * FROM credential c WHERE c.person_id = p.id
				                   ORDER BY c.issued_at DESC LIMIT 1) c ON true
				WHERE p.case_id = ? AND p.removed_at IS NULL ORDER BY p.id
				""").param(caseId).query((rs, row) -> {
			PersonRole role = PersonRole.valueOf(rs.getString("role"));
			String credentialId = rs.getString("credential_id");
			CaseStaffView.Credential credential = (credentialId != null) ? new CaseStaffView.Credential(
					UUID.fromString(credentialId), CredentialState.valueOf(rs.getString("status")),
					rs.getTimestamp("issued_at").toInstant(), instant(rs, "revoked_at")) : null;
			return new CaseStaffView.Person(rs.getLong("id"), role, role.label(), rs.getString("name"),
					rs.getString("id_last4"), rs.getString("licence_number"), credential);
		}).list();
	}

	private static CaseRow caseRow(ResultSet rs, int row) throws SQLException {
		return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("case_name"),
				rs.getString("case_type"), rs.getString("department"), rs.getString("prosecutor"),
				date(rs, "accepted_at"), rs.getString("stage"), date(rs, "stage_date"), date(rs, "stage_deadline"),
				rs.getLong("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String trimmed(String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	/** A case_file row. */
	record CaseRow(long id, String caseNumber, String caseName, String caseType, String department, String prosecutor,
			LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, long version) {
	}

	/** An authorised_person row. */
	record PersonRow(long id, PersonRole role, String name, byte[] idHash, String idLast4, String licenceNumber) {
	}

}
