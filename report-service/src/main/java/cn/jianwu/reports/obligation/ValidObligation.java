package cn.jianwu.reports.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;

/**
 * An obligation whose due fields fit its frequency: QUARTERLY and LONG_TERM have none
 * (their days follow from the calendar), YEARLY a month and day or a number of days from
 * the year's start (not both), AD_HOC at most a due date. A sub-kind only for case
 * information.
 */
record ValidObligation(String title, String department, Category category, String subKind, Frequency frequency,
		Integer dueMonth, Integer dueDay, Integer dueWithinDays, LocalDate dueDate, String basis, boolean active) {

	/**
	 * @throws ObligationProblem with every mistake, in Chinese
	 */
	static ValidObligation of(ObligationRequest request) {
		List<String> errors = new ArrayList<>();
		String subKind = blankToNull(request.subKind());
		if (subKind != null) {
			if (request.category() != Category.CASE_INFO) {
				errors.add("只有“" + Category.CASE_INFO.label() + "”类事项才有细分类型");
			}
			else if (!isSubKind(subKind)) {
				errors.add("细分类型不存在");
			}
		}
		Frequency frequency = request.frequency();
		boolean monthDay = request.dueMonth() != null || request.dueDay() != null;
		if (frequency == Frequency.YEARLY) {
			if (monthDay && request.dueWithinDays() != null) {
				errors.add("每年公开的期限只能二选一：固定日期，或年初起若干天内");
			}
			else if (!monthDay && request.dueWithinDays() == null) {
				errors.add("每年公开的事项须填写截止日期（月、日），或年初起若干天内");
			}
			else if (monthDay && (request.dueMonth() == null || request.dueDay() == null
					|| !isMonthDay(request.dueMonth(), request.dueDay()))) {
				errors.add("截止日期的月、日不是有效日期");
			}
		}
		else if (monthDay || request.dueWithinDays() != null) {
			errors.add("只有每年公开的事项填写每年的截止日期");
		}
		if (request.dueDate() != null && frequency != Frequency.AD_HOC) {
			errors.add("只有随时公开的事项填写一次性截止日期");
		}
		if (!errors.isEmpty()) {
			throw ObligationProblem.invalid(errors);
		}
		return new ValidObligation(request.title().strip(), request.department().strip(), request.category(), subKind,
				frequency, request.dueMonth(), request.dueDay(), request.dueWithinDays(), request.dueDate(),
				blankToNull(request.basis()), request.active() == null || request.active());
	}

	private static boolean isSubKind(String name) {
		for (SubKind kind : SubKind.values()) {
			if (kind.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMonthDay(int month, int day) {
		try {
			MonthDay.of(month, day);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
