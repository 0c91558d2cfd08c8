package cn.jianwu.portal.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused a console call with a Problem Details answer (4xx): the detail is
 * written for staff and is shown as it is, with the field it is about where the service
 * named one.
 */
public class ConsoleApiException extends RuntimeException {

	private final int status;

	private final String type;

	private final String title;

	private final List<FieldProblem> fields;

	public ConsoleApiException(int status, String type, String title, String detail, List<FieldProblem> fields) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.fields = List.copyOf(fields);
	}

	public int status() {
		return this.status;
	}

	/** The problem's kind, the last part of its {@code type}, e.g. {@code validation}. */
	public String kind() {
		return (this.type != null) ? this.type.substring(this.type.lastIndexOf('/') + 1) : "";
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return getMessage();
	}

	/** The fields the service named, for the form to mark. */
	public List<FieldProblem> fields() {
		return this.fields;
	}

	/**
	 * What to show beside each form field, by the request field's name; what concerns no
	 * field (or when the service named none) under {@code general}.
	 */
	public Map<String, String> errorsByField() {
		Map<String, String> errors = new LinkedHashMap<>();
		this.fields.forEach((field) -> errors.merge((field.field() != null) ? field.field() : "general",
				field.message(), (a, b) -> a + "；" + b));
		if (errors.isEmpty()) {
			errors.put("general", detail());
		}
		return errors;
	}

	/**
	 * One field the service refused.
	 *
	 * @param field the request field, e.g. {@code title}
	 * @param message what to fix, in Chinese
	 */
	public record FieldProblem(String field, String message) {
	}

}
