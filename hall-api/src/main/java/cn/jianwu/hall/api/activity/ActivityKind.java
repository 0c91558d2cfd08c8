package cn.jianwu.hall.api.activity;

/** What an activity is. On the wire: the name. */
public enum ActivityKind {

	OPEN_DAY("检察开放日"), HEARING("听证会"), DEPUTIES_VISIT("人大代表、政协委员视察"), FORUM("座谈会"), OTHER("其他活动");

	private final String label;

	ActivityKind(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
