package cn.jianwu.portal.console.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;

/**
 * The register's form as the browser sends it: text fields, turned into an
 * {@link ObligationRequest}; what cannot be read is said per field, the rest of the
 * checking is report-service's.
 */
record ReportObligationForm(String id, String title, String department, String category, String subKind,
		String frequency, String dueMonth, String dueDay, String dueWithinDays, String dueDate, String basis,
		String active) {

	static ReportObligationForm blank() {
		return new ReportObligationForm(null, "", "", Category.GOVERNMENT_AFFAIRS.name(), "",
				Frequency.QUARTERLY.name(), "", "", "", "", "", "true");
	}

	static ReportObligationForm of(ObligationView view) {
		return new ReportObligationForm(view.id(), view.title(), view.department(), view.category().name(),
				text(view.subKind()), view.frequency().name(), text(view.dueMonth()), text(view.dueDay()),
				text(view.dueWithinDays()), text(view.dueDate()), text(view.basis()), Boolean.toString(view.active()));
	}

	/**
	 * @param errors receives a message per field that could not be read
	 * @return the request, or {@code null} when a field could not be read
	 */
	ObligationRequest request(Map<String, String> errors) {
		Category category = parseEnum(Category.class, this.category, "category", "请选择公开类别", errors);
		Frequency frequency = parseEnum(Frequency.class, this.frequency, "frequency", "请选择公开频次", errors);
		Integer month = number(this.dueMonth, "dueMonth", errors);
		Integer day = number(this.dueDay, "dueDay", errors);
		Integer within = number(this.dueWithinDays, "dueWithinDays", errors);
		LocalDate date = null;
		if (this.dueDate != null && !this.dueDate.isBlank()) {
			try {
				date = LocalDate.parse(this.dueDate.trim());
			}
			catch (DateTimeParseException ex) {
				errors.put("dueDate", "截止日期的格式应为 2026-12-31");
			}
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new ObligationRequest(this.title, this.department, category, blankToNull(this.subKind), frequency, month,
				day, within, date, blankToNull(this.basis), !"false".equals(this.active));
	}

	static Map<String, String> noErrors() {
		return new LinkedHashMap<>();
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String message,
			Map<String, String> errors) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (RuntimeException ex) {
			errors.put(field, message);
			return null;
		}
	}

	private static Integer number(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "请填写整数");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
