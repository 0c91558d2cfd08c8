package cn.jianwu.portal.casequery;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * case-query-service's answer to a successful public query: the case's procedural
 * information only, never its substance. Dates stay text here and are formatted for
 * reading by {@link CaseQueryView}.
 *
 * @param caseNumber 案号
 * @param caseName the case's name as published (anonymised)
 * @param caseType e.g. 审查起诉案件
 * @param department the handling department
 * @param acceptedAt the day the case was accepted
 * @param stage the current stage
 * @param stageLabel the current stage's Chinese name, when the service sends one apart
 * from {@code stage}
 * @param stageDeadline the legal time limit of the current stage
 * @param events the stage history
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseInformation(String caseNumber, String caseName, String caseType, String department, String acceptedAt,
		String stage, String stageLabel, String stageDeadline, List<Event> events) {

	public CaseInformation {
		events = (events != null) ? List.copyOf(events) : List.of();
	}

	/** A procedural event: a stage reached on a day. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Event(String stage, String stageLabel, String date) {
	}

}
