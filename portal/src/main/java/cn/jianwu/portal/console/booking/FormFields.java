package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a console form as the browser sent them (date, time and
 * {@code datetime-local} inputs, numbers, lists of days) and remembers, by the request
 * field's name, what could not be read, so that the form comes back with each mistake
 * beside its field before anything is sent to hall-service. An empty field is left to
 * hall-service's own rules (its Chinese messages say what is required).
 */
public final class FormFields {

	private final Map<String, String> errors = new LinkedHashMap<>();

	/** A text field, {@code null} when empty. */
	public static String text(String typed) {
		return (typed == null || typed.isBlank()) ? null : typed.strip();
	}

	/**
	 * A {@code datetime-local} value, e.g. 2026-12-08T09:30, in the institution's zone.
	 */
	public LocalDateTime dateTime(String field, String typed, String label) {
		String value = text(typed);
		if (value == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			this.errors.put(field, label + "格式有误，请按“年-月-日 时:分”填写。");
			return null;
		}
	}

	/** A {@code time} value, e.g. 09:00. */
	public LocalTime time(String field, String typed, String label) {
		String value = text(typed);
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			this.errors.put(field, label + "格式有误，请按“时:分”填写，如 09:00。");
			return null;
		}
	}

	/** A whole number; 0 when empty, for hall-service's minimum to refuse. */
	public int number(String field, String typed, String label) {
		String value = text(typed);
		if (value == null) {
			return 0;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			this.errors.put(field, label + "应为整数。");
			return 0;
		}
	}

	/**
	 * Days typed one a line, or separated by commas, spaces or 、, e.g. "2026-12-10,
	 * 2026-12-17"; in order, each once.
	 */
	public List<LocalDate> dates(String field, String typed, String label) {
		List<LocalDate> days = new ArrayList<>();
		if (typed == null) {
			return days;
		}
		List<String> wrong = new ArrayList<>();
		for (String part : typed.split("[\\s,，、;；]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				LocalDate day = LocalDate.parse(part);
				if (!days.contains(day)) {
					days.add(day);
				}
			}
			catch (DateTimeParseException ex) {
				wrong.add(part);
			}
		}
		if (!wrong.isEmpty()) {
			this.errors.put(field, label + "中“" + String.join("”“", wrong) + "”不是日期，请按“年-月-日”填写，如 2026-12-10。");
		}
		days.sort(null);
		return days;
	}

	/** Remembers a mistake found by the form itself. */
	public void reject(String field, String message) {
		this.errors.merge(field, message, (a, b) -> a + "；" + b);
	}

	/** Whether anything could not be read. */
	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** What could not be read, by the request field's name. */
	public Map<String, String> errors() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(this.errors));
	}

}
