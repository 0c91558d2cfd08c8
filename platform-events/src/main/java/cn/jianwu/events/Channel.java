package cn.jianwu.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A place an approved item is delivered to. On the wire: the lower-case id. */
public enum Channel {

	PORTAL("portal"), WEIBO("weibo"), WECHAT("wechat"), BULLETIN("bulletin"), SCREENS("screens");

	private final String id;

	Channel(String id) {
		this.id = id;
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
