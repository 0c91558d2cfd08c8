package cn.jianwu.hall.api.call;

/** Where an open call for opinions (征集) stands. */
public enum CallState {

	SCHEDULED("即将开始"), OPEN("征集中"), CLOSED("已结束"), RESULTS_PUBLISHED("已公布结果");

	private final String label;

	CallState(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
