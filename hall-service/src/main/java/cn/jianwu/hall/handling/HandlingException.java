package cn.jianwu.hall.handling;

import org.springframework.http.HttpStatus;

/**
 * A step the handling rules refuse, with what the Problem Details answer tells staff: a
 * stable kind, a Chinese title and a detail that says why.
 */
class HandlingException extends RuntimeException {

	private final HttpStatus status;

	private final String kind;

	private final String title;

	HandlingException(HttpStatus status, String kind, String title, String detail) {
		super(detail);
		this.status = status;
		this.kind = kind;
		this.title = title;
	}

	static HandlingException notFound() {
		return new HandlingException(HttpStatus.NOT_FOUND, "message-not-found", "未找到该留言", "该留言不存在或已被删除。");
	}

	static HandlingException noReply() {
		return new HandlingException(HttpStatus.NOT_FOUND, "no-wechat-reply", "没有可发送的回复", "该留言不是通过微信提交的，或尚未受理、答复。");
	}

	static HandlingException forbidden(String detail) {
		return new HandlingException(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", detail);
	}

	static HandlingException invalidTransition(String detail) {
		return new HandlingException(HttpStatus.CONFLICT, "invalid-transition", "当前状态不允许此操作", detail);
	}

	static HandlingException concurrentEdit() {
		return new HandlingException(HttpStatus.CONFLICT, "concurrent-edit", "该留言已被他人处理", "您看到的内容已过期，请刷新后重新操作。");
	}

	static HandlingException invalid(String detail) {
		return new HandlingException(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
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
