package cn.jianwu.channel.wechat.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import cn.jianwu.channel.wechat.publish.PublishResult;

/**
 * One message or event WeChat pushed, as read from its XML. {@code FromUserName} is the
 * follower's openid: personal data, never logged.
 */
record CallbackMessage(Map<String, String> fields) {

	static final String PUBLISH_JOB_FINISHED = "PUBLISHJOBFINISH";

	CallbackMessage {
		fields = Map.copyOf(fields);
	}

	String get(String name) {
		String value = this.fields.get(name);
		return (value != null && !value.isEmpty()) ? value : null;
	}

	String msgType() {
		return get("MsgType");
	}

	String event() {
		return get("Event");
	}

	String fromUser() {
		return get("FromUserName");
	}

	String toUser() {
		return get("ToUserName");
	}

	String content() {
		return get("Content");
	}

	boolean isText() {
		return "text".equals(msgType());
	}

	boolean isEvent(String name) {
		return "event".equals(msgType()) && name.equalsIgnoreCase(event());
	}

	/** What a log line may say about the message. */
	String kind() {
		return "event".equals(msgType()) ? "event " + event() : "message " + msgType();
	}

	/**
	 * What identifies WeChat's retries of this push: the {@code MsgId} of a message; for
	 * an event, which has none, the follower and {@code CreateTime} (the follower hashed,
	 * so no openid sits in Redis).
	 */
	String deliveryKey() {
		String msgId = get("MsgId");
		String account = String.valueOf(toUser());
		if (msgId != null) {
			return account + ":msg:" + msgId;
		}
		return account + ":event:" + sha256(String.valueOf(fromUser())) + ":" + get("CreateTime") + ":" + event();
	}

	/** The result a {@code PUBLISHJOBFINISH} event carries, or {@code null}. */
	PublishResult publishResult() {
		String publishId = get("PublishEventInfo/publish_id");
		String status = get("PublishEventInfo/publish_status");
		if (publishId == null || status == null) {
			return null;
		}
		try {
			return new PublishResult(publishId, Integer.parseInt(status), get("PublishEventInfo/article_id"),
					get("PublishEventInfo/article_detail/item/article_url"));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "CallbackMessage[" + kind() + "]";
	}

}
