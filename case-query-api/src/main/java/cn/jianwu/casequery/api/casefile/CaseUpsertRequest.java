package cn.jianwu.casequery.api.casefile;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A case as the case-management desk sends it ({@code PUT /api/cases/{caseNumber}}): the
 * whole case, with every authorised person and compulsory measure (persons and measures
 * not listed are removed).
 *
 * @param caseName the case name as published, already anonymised (张某涉嫌盗窃案)
 * @param caseType e.g. 审查起诉案件
 * @param department the handling department
 * @param prosecutor the handling prosecutor (staff only, never public)
 * @param acceptedAt the acceptance date (受理日期)
 * @param stage the current stage (a {@link CaseStage} label, or a case system's own
 * stage); a new stage is recorded in the history
 * @param stageDate when the current stage began (default: acceptance date for a new case,
 * today for a changed stage)
 * @param stageDeadline its legal deadline (default: computed by the service)
 * @param persons the authorised persons
 * @param measures the compulsory measures
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseUpsertRequest(String caseName, String caseType, String department, String prosecutor,
		LocalDate acceptedAt, String stage, LocalDate stageDate, LocalDate stageDeadline, List<PersonRequest> persons,
		List<MeasureRequest> measures) {

	public CaseUpsertRequest {
		persons = (persons != null) ? persons : List.of();
		measures = (measures != null) ? measures : List.of();
	}

}
