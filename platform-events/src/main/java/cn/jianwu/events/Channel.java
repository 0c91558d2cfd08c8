package cn.jianwu.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A place an approved item is delivered to. On the wire: the lower-case id. */
public enum Channel {

	PORTAL("portal", "门户网站"), WEIBO("weibo", "新浪微博"), WECHAT("wechat", "微信公众号"), BULLETIN("bulletin", "局域网公告栏"),
	SCREENS("screens", "大厅电子显示屏");

	private final String id;

	private final String label;

	Channel(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	@JsonValue
	public String id() {
		return this.id;
	}

	@JsonCreator
	public static Channel fromId(String id) {
		for (Channel channel : values()) {
			if (channel.id.equalsIgnoreCase(id)) {
				return channel;
			}
		}
		throw new IllegalArgumentException("Unknown channel '" + id + "'");
	}

}
