package cn.jianwu.disclosure.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the disclosure rules refuse, carrying what the Problem Details answer tells
 * staff: a stable kind, a Chinese title and a detail that says what to fix.
 */
public class DisclosureException extends RuntimeException {

	private final HttpStatus status;

	private final String kind;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public DisclosureException(HttpStatus status, String kind, String title, String detail) {
		super(detail);
		this.status = status;
		this.kind = kind;
		this.title = title;
	}

	public static DisclosureException notFound(Object id) {
		return new DisclosureException(HttpStatus.NOT_FOUND, "item-not-found", "未找到该公开事项", "编号为 " + id + " 的公开事项不存在。");
	}

	public static DisclosureException forbidden(String detail) {
		return new DisclosureException(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", detail);
	}

	public static DisclosureException invalidTransition(String detail) {
		return new DisclosureException(HttpStatus.CONFLICT, "invalid-transition", "当前状态不允许此操作", detail);
	}

	public static DisclosureException concurrentEdit() {
		return new DisclosureException(HttpStatus.CONFLICT, "concurrent-edit", "该事项已被他人修改", "您看到的版本已过期，请刷新后重新操作。");
	}

	public static DisclosureException invalid(String detail) {
		return new DisclosureException(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

	public DisclosureException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
