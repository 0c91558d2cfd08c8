package cn.jianwu.reports.api.obligation;

/**
 * How often an obligation must be met (公开时间, seed §四(二)).
 */
public enum Frequency {

	/** 长期公开: one item, kept current and pinned in its portal column. */
	LONG_TERM("长期公开"),

	/** 定期公开: once every quarter, due by the quarter's last working day. */
	QUARTERLY("每季度公开"),

	/**
	 * Once a year, due on a fixed day or within a number of days of an event (部门预算 within
	 * N days of approval).
	 */
	YEARLY("每年公开"),

	/** 随时公开: whenever it happens, within a number of working days. */
	AD_HOC("随时公开");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
