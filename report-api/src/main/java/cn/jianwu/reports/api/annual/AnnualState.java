package cn.jianwu.reports.api.annual;

/**
 * Where the year's report on disclosure work stands. It follows its disclosure item once
 * submitted: published when the item is.
 */
public enum AnnualState {

	/** The office is writing it; the figures can be regenerated. */
	DRAFT("草稿"),

	/**
	 * Drafted as a disclosure item and submitted for approval (important: up to the
	 * chief).
	 */
	SUBMITTED("已提交审批"),

	/** Its disclosure item was published. */
	PUBLISHED("已公开");

	private final String label;

	AnnualState(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
