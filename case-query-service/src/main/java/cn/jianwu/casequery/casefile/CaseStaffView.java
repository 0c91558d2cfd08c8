package cn.jianwu.casequery.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as the case-management desk sees it: everything but query codes and ID numbers
 * (only their last four).
 *
 * @param caseNumber 案号
 * @param caseName the published case name
 * @param caseType the type
 * @param department the handling department
 * @param prosecutor the handling prosecutor
 * @param acceptedAt the acceptance date
 * @param stage the current stage
 * @param stageDate when it began
 * @param stageDeadline its deadline
 * @param version bumped by every change
 * @param events the history
 * @param compulsoryMeasures the measures
 * @param persons the authorised persons
 */
public record CaseStaffView(String caseNumber, String caseName, String caseType, String department, String prosecutor,
		LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, long version,
		List<Event> events, List<CaseView.Measure> compulsoryMeasures, List<Person> persons) {

	/** A step with who recorded it. */
	public record Event(String stage, LocalDate date, LocalDate deadline, String note, String recordedBy,
			Instant recordedAt) {
	}

	/** An authorised person and the state of its credential. */
	public record Person(long id, PersonRole role, String roleLabel, String name, String idLast4, String licenceNumber,
			Credential credential) {
	}

	/** The person's latest credential (never its code). */
	public record Credential(UUID id, String status, Instant issuedAt, Instant revokedAt) {
	}

}
