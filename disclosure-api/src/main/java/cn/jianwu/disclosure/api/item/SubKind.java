package cn.jianwu.disclosure.api.item;

/**
 * The kinds of case information (检察案件信息, seed §四(一)1), only for items of that category.
 */
public enum SubKind {

	IMPORTANT_CASE("重要案件信息"),
	/** Published only after redaction. */
	LEGAL_DOCUMENT("生效法律文书"), TYPICAL_CASE("典型案例"), SEIZED_PROPERTY("涉案财物处理结果"), SUPERVISION_CORRECTION("监督纠正情况");

	private final String label;

	SubKind(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
