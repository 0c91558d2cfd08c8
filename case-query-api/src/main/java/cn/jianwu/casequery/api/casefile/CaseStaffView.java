package cn.jianwu.casequery.api.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.casequery.api.query.CaseView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A case as the case-management desk sees it ({@code GET /api/cases/{caseNumber}}):
 * everything but query codes and ID numbers (only their last four).
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseStaffView(String caseNumber, String caseName, String caseType, String department, String prosecutor,
		LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, long version,
		List<Event> events, List<CaseView.Measure> compulsoryMeasures, List<Person> persons) {

	public CaseStaffView {
		events = (events != null) ? List.copyOf(events) : List.of();
		compulsoryMeasures = (compulsoryMeasures != null) ? List.copyOf(compulsoryMeasures) : List.of();
		persons = (persons != null) ? List.copyOf(persons) : List.of();
	}

	/** The authorised person with this id, or {@code null}. */
	public Person person(long personId) {
		return this.persons.stream().filter((person) -> person.id() == personId).findFirst().orElse(null);
	}

	/** A step with who recorded it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Event(String stage, LocalDate date, LocalDate deadline, String note, String recordedBy,
			Instant recordedAt) {
	}

	/**
	 * An authorised person and the state of its credential.
	 *
	 * @param roleLabel the role's Chinese name ({@link PersonRole#label()})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Person(long id, PersonRole role, String roleLabel, String name, String idLast4, String licenceNumber,
			Credential credential) {

		/** Whether the person holds a valid query code (it can be revoked). */
		public boolean active() {
			return this.credential != null && this.credential.status() == CredentialState.ACTIVE;
		}

	}

	/** The person's latest credential (never its code). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Credential(UUID id, CredentialState status, Instant issuedAt, Instant revokedAt) {
	}

}
