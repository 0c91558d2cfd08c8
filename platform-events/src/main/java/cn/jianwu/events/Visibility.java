package cn.jianwu.events;

/** Where an item may be seen. */
public enum Visibility {

	/** Every public channel. */
	PUBLIC("向社会公开（所有渠道）"),
	/** The LAN bulletin only: never the portal, search, Weibo, WeChat or the screens. */
	INTERNAL("仅内部（仅局域网公告栏）");

	private final String label;

	Visibility(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/** Whether this visibility lets an item reach the given channel at all. */
	public boolean allows(Channel channel) {
		return this == PUBLIC || channel == Channel.BULLETIN;
	}

}
