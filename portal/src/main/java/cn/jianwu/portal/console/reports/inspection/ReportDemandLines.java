package cn.jianwu.portal.console.reports.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.inspection.RectificationDemand;

/**
 * The rectification demands as the findings form sends them: one value per line of each
 * column ({@code department}, {@code title}, {@code category}, {@code due}). A line with
 * nothing typed is no demand (its category has a preselected value, so it does not
 * count); a half-typed line goes to report-service, which says what is missing.
 */
final class ReportDemandLines {

	private ReportDemandLines() {
	}

	/**
	 * @throws IllegalArgumentException with a Chinese message naming the line whose
	 * category or date cannot be read
	 */
	static List<RectificationDemand> read(List<String> departments, List<String> titles, List<String> categories,
			List<String> dues) {
		List<RectificationDemand> demands = new ArrayList<>();
		int lines = Math.max(size(departments), Math.max(size(titles), size(dues)));
		for (int i = 0; i < lines; i++) {
			String department = at(departments, i);
			String title = at(titles, i);
			String category = at(categories, i);
			String due = at(dues, i);
			if (department.isEmpty() && title.isEmpty() && due.isEmpty()) {
				continue;
			}
			try {
				demands.add(new RectificationDemand(department, title,
						category.isEmpty() ? null : Category.valueOf(category),
						due.isEmpty() ? null : LocalDate.parse(due), null));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw new IllegalArgumentException("第" + (i + 1) + "条整改要求的公开类别或整改期限填写有误。", ex);
			}
		}
		return demands;
	}

	private static int size(List<String> values) {
		return (values != null) ? values.size() : 0;
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).trim() : "";
	}

}
