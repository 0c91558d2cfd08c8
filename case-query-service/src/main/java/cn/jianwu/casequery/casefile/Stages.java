package cn.jianwu.casequery.casefile;

import java.time.LocalDate;

import cn.jianwu.casequery.api.casefile.CaseStage;

/**
 * The legal time limits of procedural stages (《中华人民共和国刑事诉讼法》2018): arrest review 7 days
 * (art. 91), review for prosecution one month (art. 172), which an extension lengthens by
 * 15 days, supplementary investigation one month, after which the review for prosecution
 * starts again (art. 175). Other stages (受理, 提起公诉, 不起诉, 抗诉, 办结, a case system's own …)
 * have no time limit of their own here; the officer may always give the deadline
 * explicitly, which wins.
 */
public final class Stages {

	private Stages() {
	}

	/**
	 * The legal deadline of a stage that starts on a date.
	 * @param stage the stage as recorded (its label)
	 * @param date its start
	 * @param previousDeadline the deadline of the stage before (for an extension)
	 * @return the deadline, or {@code null} when the stage has none
	 */
	public static LocalDate deadline(String stage, LocalDate date, LocalDate previousDeadline) {
		CaseStage known = CaseStage.ofLabel(stage).orElse(null);
		if (known == null) {
			return null;
		}
		return switch (known) {
			case ARREST_REVIEW -> date.plusDays(7);
			case PROSECUTION_REVIEW, SUPPLEMENTARY_INVESTIGATION, RESUBMITTED_FOR_REVIEW -> date.plusMonths(1);
			case REVIEW_EXTENDED -> ((previousDeadline != null) ? previousDeadline : date).plusDays(15);
			default -> null;
		};
	}

}
