package cn.jianwu.portal.console.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date field of the case forms, as a browser's date input sends it. */
final class FormDates {

	private FormDates() {
	}

	/**
	 * @param text the field's value, e.g. 2026-03-02
	 * @param field the field's name for the reader
	 * @return the day, or {@code null} when the field is empty
	 * @throws IllegalArgumentException saying which field to correct
	 */
	static LocalDate parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + "格式有误，请按“年-月-日”选择。", ex);
		}
	}

	/** A text field's value, {@code null} when empty. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
