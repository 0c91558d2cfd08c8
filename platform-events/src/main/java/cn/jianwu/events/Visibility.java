package cn.jianwu.events;

/** Where an item may be seen. */
public enum Visibility {

	/** Every public channel. */
	PUBLIC,
	/** The LAN bulletin only: never the portal, search, Weibo, WeChat or the screens. */
	INTERNAL;

	/** Whether this visibility lets an item reach the given channel at all. */
	public boolean allows(Channel channel) {
		return this == PUBLIC || channel == Channel.BULLETIN;
	}

}
