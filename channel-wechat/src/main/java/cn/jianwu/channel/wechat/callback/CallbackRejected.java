package cn.jianwu.channel.wechat.callback;

import org.springframework.http.HttpStatus;

/** A callback request that is not from WeChat or not a message we can read. */
class CallbackRejected extends RuntimeException {

	private final HttpStatus status;

	private final String kind;

	private final String title;

	CallbackRejected(HttpStatus status, String kind, String title, String detail) {
		super(detail);
		this.status = status;
		this.kind = kind;
		this.title = title;
	}

	static CallbackRejected badSignature() {
		return new CallbackRejected(HttpStatus.FORBIDDEN, "wechat-signature", "签名校验失败", "请求签名无效，不是来自微信服务器的请求。");
	}

	static CallbackRejected notConfigured() {
		return new CallbackRejected(HttpStatus.FORBIDDEN, "wechat-signature", "签名校验失败", "服务器未配置微信消息令牌，无法校验请求。");
	}

	static CallbackRejected plainMode() {
		return new CallbackRejected(HttpStatus.FORBIDDEN, "wechat-safe-mode", "仅接受安全模式消息",
				"服务器已配置消息加解密密钥，只接受安全模式（encrypt_type=aes，带 msg_signature）的消息。");
	}

	static CallbackRejected stale() {
		return new CallbackRejected(HttpStatus.FORBIDDEN, "wechat-replay", "请求已过期或重复", "请求时间戳超出允许范围。");
	}

	static CallbackRejected replayed() {
		return new CallbackRejected(HttpStatus.FORBIDDEN, "wechat-replay", "请求已过期或重复", "该请求已处理过，不再受理。");
	}

	static CallbackRejected unreadable(String detail) {
		return new CallbackRejected(HttpStatus.BAD_REQUEST, "wechat-message", "消息格式无效", detail);
	}

	static CallbackRejected tooLarge() {
		return new CallbackRejected(HttpStatus.CONTENT_TOO_LARGE, "wechat-message", "消息过大", "消息内容超出允许的大小。");
	}

	HttpStatus status() {
		return this.status;
	}

	String kind() {
		return this.kind;
	}

	String title() {
		return this.title;
	}

}
