package cn.jianwu.hall.api.handling;

/** How a message stands against its clock, as the overdue lists show it. */
public enum DueState {

	ON_TIME("按期办理中"), DUE_SOON("即将到期"), OVERDUE("已超期"), CLOSED("已办结");

	private final String label;

	DueState(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
