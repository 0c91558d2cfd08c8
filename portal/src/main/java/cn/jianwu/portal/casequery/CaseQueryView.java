package cn.jianwu.portal.casequery;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.platform.institution.InstitutionProperties;

/**
 * A case's procedural information as the result pages show it, dates as people read them
 * (2026年11月20日).
 *
 * @param caseNumber 案号
 * @param caseName the case's published name
 * @param caseType the kind of case
 * @param department the handling department
 * @param acceptedAt the acceptance day
 * @param stage the current stage
 * @param stageDeadline the current stage's time limit
 * @param history the stages reached, oldest first
 */
public record CaseQueryView(String caseNumber, String caseName, String caseType, String department, String acceptedAt,
		String stage, String stageDeadline, List<Step> history) {

	public static CaseQueryView of(CaseView information, InstitutionProperties institution) {
		List<Step> history = information.events()
			.stream()
			.map((event) -> new Step(event.stage(), day(event.date(), institution)))
			.toList();
		return new CaseQueryView(information.caseNumber(), information.caseName(), information.caseType(),
				information.department(), day(information.acceptedAt(), institution), information.stage(),
				day(information.stageDeadline(), institution), history);
	}

	private static String day(LocalDate day, InstitutionProperties institution) {
		return (day != null) ? institution.date(day) : null;
	}

	/** A stage reached on a day. */
	public record Step(String stage, String date) {
	}

}
