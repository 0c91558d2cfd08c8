package cn.jianwu.disclosure.api.item;

/** How long or how often an item is disclosed (公开时间). */
public enum Term {

	LONG_TERM("长期公开"),
	/** Quarterly by default. */
	PERIODIC("定期公开（默认按季度）"), AD_HOC("随时公开");

	private final String label;

	Term(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
