package cn.jianwu.casequery.api.query;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A case's procedural information as the public may see it, the answer of a successful
 * query: never the substance, never a person's name (the case name is the published,
 * anonymised one), never the prosecutor or the officers' remarks. A stage is the text the
 * case was recorded with (see {@code CaseStage} for the ones the console offers).
 *
 * @param caseNumber 案号
 * @param caseName the published, anonymised case name
 * @param caseType 案件类型
 * @param department the handling department (承办部门)
 * @param acceptedAt 受理日期
 * @param stage the current stage
 * @param stageDate when it began
 * @param stageDeadline its legal deadline, or {@code null}
 * @param events the stage history, oldest first
 * @param compulsoryMeasures the compulsory measures, oldest first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseView(String caseNumber, String caseName, String caseType, String department, LocalDate acceptedAt,
		String stage, LocalDate stageDate, LocalDate stageDeadline, List<Step> events,
		List<Measure> compulsoryMeasures) {

	public CaseView {
		events = (events != null) ? List.copyOf(events) : List.of();
		compulsoryMeasures = (compulsoryMeasures != null) ? List.copyOf(compulsoryMeasures) : List.of();
	}

	/** One dated step of the history. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Step(String stage, LocalDate date, LocalDate deadline) {
	}

	/** One compulsory measure (强制措施), e.g. 刑事拘留, 取保候审. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Measure(String measure, LocalDate date) {
	}

}
