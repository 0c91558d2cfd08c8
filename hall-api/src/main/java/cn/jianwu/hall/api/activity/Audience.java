package cn.jianwu.hall.api.activity;

/** Who may sign up for an activity. On the wire: the name. */
public enum Audience {

	PUBLIC("社会公众"), INVITED("特邀人员");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

}
