package cn.jianwu.disclosure.api.publication;

/** What happened to a public item, as the feeds announce it. */
public enum ChangeKind {

	PUBLISHED("发布"), REVISED("修订"), WITHDRAWN("撤回");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	/** The name the public reads. */
	public String label() {
		return this.label;
	}

}
