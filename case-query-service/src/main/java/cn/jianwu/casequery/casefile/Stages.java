package cn.jianwu.casequery.casefile;

import java.time.LocalDate;

/**
 * Procedural stages and their legal time limits (《中华人民共和国刑事诉讼法》2018): arrest review 7
 * days (art. 91), review for prosecution one month (art. 172), which an extension
 * lengthens by 15 days, supplementary investigation one month, after which the review for
 * prosecution starts again (art. 175). Other stages (受理, 提起公诉, 不起诉, 抗诉, 办结 …) have no
 * time limit of their own here; the officer may always give the deadline explicitly,
 * which wins.
 */
public final class Stages {

	/** The first stage of every case. */
	public static final String ACCEPTED = "受理";

	private Stages() {
	}

	/**
	 * The legal deadline of a stage that starts on a date.
	 * @param stage the stage
	 * @param date its start
	 * @param previousDeadline the deadline of the stage before (for an extension)
	 * @return the deadline, or {@code null} when the stage has none
	 */
	public static LocalDate deadline(String stage, LocalDate date, LocalDate previousDeadline) {
		switch (stage) {
			case "审查逮捕":
				return date.plusDays(7);
			case "审查起诉":
			case "退回补充侦查":
			case "重新移送审查起诉":
				return date.plusMonths(1);
			case "延长审查起诉期限":
				return ((previousDeadline != null) ? previousDeadline : date).plusDays(15);
			default:
				return null;
		}
	}

}
