package cn.jianwu.portal.hall.booking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a visitor's request to hall-service ended (a booking, a lookup, a cancellation, a
 * check-in, a sign-up): the answer, or the service's Chinese explanation by form field
 * ({@code general} for what concerns no field), with the status the page answers with.
 *
 * @param value the answer, when it succeeded
 * @param status the HTTP status the page answers with
 * @param errors when refused: the explanation by field
 * @param <T> the answer's type
 */
public record HallAnswer<T>(T value, int status, Map<String, String> errors) {

	/** Said when the service refused for a reason it did not explain. */
	static final String REFUSED = "未能办理，请检查填写的内容后重试。";

	static final String THROTTLED = "操作过于频繁，请稍后再试。";

	static final String UNAVAILABLE = "网上检察服务大厅暂时不可用，请稍后再试。您也可以拨打检察服务热线咨询。";

	public HallAnswer {
		errors = Map.copyOf(errors);
	}

	static <T> HallAnswer<T> of(T value, int status) {
		return new HallAnswer<>(value, status, Map.of());
	}

	static <T> HallAnswer<T> refused(int status, Map<String, String> errors) {
		return new HallAnswer<>(null, status, errors);
	}

	static <T> HallAnswer<T> throttled() {
		return refused(429, Map.of("general", THROTTLED));
	}

	static <T> HallAnswer<T> unavailable() {
		return refused(503, Map.of("general", UNAVAILABLE));
	}

	/** Whether the service did what was asked. */
	public boolean ok() {
		return this.value != null;
	}

	/**
	 * What the visitor is told when it did not: the general explanation, or the first.
	 */
	public String failure() {
		if (this.errors.containsKey("general")) {
			return this.errors.get("general");
		}
		return this.errors.values().stream().findFirst().orElse(null);
	}

	/**
	 * The service's explanations by form field, from its Problem Details: a validation
	 * problem names each field; any other problem (a full slot, a wrong code) goes under
	 * {@code general} with its detail.
	 * @param problem the Problem Details as read, empty when unreadable
	 */
	static Map<String, String> errors(Map<String, Object> problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (problem.get("errors") instanceof List<?> fields) {
			for (Object field : fields) {
				if (field instanceof Map<?, ?> entry && entry.get("message") != null) {
					String name = (entry.get("field") != null) ? entry.get("field").toString() : "general";
					errors.merge(name, entry.get("message").toString(), (a, b) -> a + "；" + b);
				}
			}
		}
		if (errors.isEmpty()) {
			Object detail = problem.get("detail");
			errors.put("general", (detail != null && !detail.toString().isBlank()) ? detail.toString() : REFUSED);
		}
		return errors;
	}

}
