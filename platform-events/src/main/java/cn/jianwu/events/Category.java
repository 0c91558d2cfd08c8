package cn.jianwu.events;

/** What kind of information an item discloses (seed §四(一)). */
public enum Category {

	/** 检察案件信息. */
	CASE_INFO("检察案件信息"),
	/** 检察政务信息. */
	GOVERNMENT_AFFAIRS("检察政务信息"),
	/** 检察队伍信息. */
	PERSONNEL("检察队伍信息"),
	/** 其他公开信息. */
	OTHER("其他公开信息");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	/** The name the public sees. */
	public String label() {
		return this.label;
	}

}
