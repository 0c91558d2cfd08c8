package cn.jianwu.reports.api.reminder;

/** How urgent a console notice is. */
public enum Severity {

	INFO("提示"), WARNING("即将到期"), OVERDUE("已逾期");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
