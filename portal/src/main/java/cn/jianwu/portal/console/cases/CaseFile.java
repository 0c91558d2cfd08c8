package cn.jianwu.portal.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the case-management desk sees it (case-query-service's {@code GET
 * /api/cases/{caseNumber}}): never a query code or a full ID number.
 */
public record CaseFile(String caseNumber, String caseName, String caseType, String department, String prosecutor,
		LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, long version,
		List<Event> events, List<Measure> compulsoryMeasures, List<Person> persons) {

	public CaseFile {
		events = (events != null) ? List.copyOf(events) : List.of();
		compulsoryMeasures = (compulsoryMeasures != null) ? List.copyOf(compulsoryMeasures) : List.of();
		persons = (persons != null) ? List.copyOf(persons) : List.of();
	}

	/** A procedural step with who recorded it. */
	public record Event(String stage, LocalDate date, LocalDate deadline, String note, String recordedBy,
			Instant recordedAt) {
	}

	/** A compulsory measure. */
	public record Measure(String measure, LocalDate date) {
	}

	/** An authorised person and the state of their query credential. */
	public record Person(long id, String role, String roleLabel, String name, String idLast4, String licenceNumber,
			Credential credential) {

		public boolean active() {
			return this.credential != null && "ACTIVE".equalsIgnoreCase(this.credential.status());
		}

	}

	/** The person's latest credential (its code is never shown again). */
	public record Credential(String id, String status, Instant issuedAt, Instant revokedAt) {
	}

	/** A credential issued just now: its 12-digit code is shown this once. */
	public record Issued(String caseNumber, Long personId, String role, String name, String idLast4,
			String credentialId, String queryCode) {
	}

	/** case-query-service's answer to a create or replace. */
	public record Upserted(@com.fasterxml.jackson.annotation.JsonProperty("case") CaseFile caseFile, boolean created,
			List<Issued> issuedCredentials) {
	}

	/** case-query-service's answer to a re-issue. */
	public record Reissued(long personId, String credentialId, String queryCode, Instant issuedAt) {
	}

	/** The desk lookup's answer. */
	public record DeskAnswer(@com.fasterxml.jackson.annotation.JsonProperty("case") PublicCase caseView,
			boolean visitorMatchesAuthorisedPerson, List<String> visitorRoles) {
	}

	/** What the desk may tell the visitor. */
	public record PublicCase(String caseNumber, String caseName, String caseType, String department,
			LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, List<Step> events,
			List<Measure> compulsoryMeasures) {
	}

	/** A dated step of the public history. */
	public record Step(String stage, LocalDate date, LocalDate deadline) {
	}

	/** What an import did (or, in a dry run, would do). */
	public record ImportReport(boolean imported, boolean dryRun, int cases, int created, int eventsAdded,
			List<Issued> issuedCredentials) {
	}

}
