package cn.jianwu.casequery.api.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The procedural stages the console offers (《中华人民共和国刑事诉讼法》2018). On the wire a stage is
 * its Chinese label, as case systems export it and as {@code case.progress} carries it; a
 * case system may export stages not listed here, which the service keeps as sent.
 */
public enum CaseStage {

	/** The first stage of every case. */
	ACCEPTED("受理"),
	/** 7 days (art. 91). */
	ARREST_REVIEW("审查逮捕"), ARREST_APPROVED("批准逮捕"), ARREST_REFUSED("不批准逮捕"),
	/** One month (art. 172). */
	PROSECUTION_REVIEW("审查起诉"),
	/** One month (art. 175). */
	SUPPLEMENTARY_INVESTIGATION("退回补充侦查"),
	/** The review for prosecution starts again: one month. */
	RESUBMITTED_FOR_REVIEW("重新移送审查起诉"),
	/** The review's deadline lengthened by 15 days. */
	REVIEW_EXTENDED("延长审查起诉期限"), PROSECUTED("提起公诉"), NOT_PROSECUTED("不起诉"), PROTESTED("抗诉"), CLOSED("办结");

	private final String label;

	CaseStage(String label) {
		this.label = label;
	}

	/** The stage as the public, the case system and the wire name it. */
	public String label() {
		return this.label;
	}

	/**
	 * The stage a text names.
	 * @param label a stage as sent, e.g. 审查起诉
	 * @return the stage, empty when it is not one listed here
	 */
	public static Optional<CaseStage> ofLabel(String label) {
		if (label == null) {
			return Optional.empty();
		}
		String trimmed = label.trim();
		return Arrays.stream(values()).filter((stage) -> stage.label.equals(trimmed)).findFirst();
	}

}
