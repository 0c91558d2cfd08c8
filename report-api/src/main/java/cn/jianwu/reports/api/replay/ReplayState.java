package cn.jianwu.reports.api.replay;

/**
 * Where a rebuild of the read model from the topics stands.
 */
public enum ReplayState {

	/** None since the service started. */
	IDLE("未重建"),

	RUNNING("重建中"),

	DONE("已完成"),

	FAILED("失败");

	private final String label;

	ReplayState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
