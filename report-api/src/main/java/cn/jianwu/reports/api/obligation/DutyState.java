package cn.jianwu.reports.api.obligation;

/** Where one period's instance of an obligation stands. */
public enum DutyState {

	/** Not met yet, the due working day has not passed. */
	DUE("待公开"),

	/** An item naming the obligation was published by the due day. */
	MET("按时公开"),

	/** An item naming the obligation was published after the due day. */
	MET_LATE("逾期后公开"),

	/** Not met, and the due working day has passed. */
	OVERDUE("已逾期");

	private final String label;

	DutyState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the department still has to publish. */
	public boolean open() {
		return this == DUE || this == OVERDUE;
	}

}
