package cn.jianwu.reports.api.inspection;

/**
 * Where an inspection report stands: a draft the group edits, or signed off and sealed.
 */
public enum InspectionStatus {

	DRAFT("草稿"),

	/** Signed off by the supervision group: never changes again, its PDF archived. */
	SIGNED_OFF("已签发");

	private final String label;

	InspectionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
