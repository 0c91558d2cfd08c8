package cn.jianwu.reports.api;

import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A calendar quarter, written {@code 2026Q4} in paths, queries and JSON: the period of
 * periodic items (定期公开，一般每季度一次) and of the archive volumes.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	/** How a quarter is written. */
	public static final String PATTERN = "\\d{4}Q[1-4]";

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})Q([1-4])");

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
		}
	}

	/** Reads {@code 2026Q4}. */
	@JsonCreator
	public static Quarter parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text.trim()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("季度的写法应为“2026Q4”");
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/** The quarter a day falls in. */
	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		LocalDate firstOfLastMonth = firstDay().plusMonths(2);
		return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
	}

	public Quarter next() {
		return (this.number == 4) ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.number + 1);
	}

	public Quarter previous() {
		return (this.number == 1) ? new Quarter(this.year - 1, 4) : new Quarter(this.year, this.number - 1);
	}

	public Year calendarYear() {
		return Year.of(this.year);
	}

	/** 2026年第四季度 */
	public String label() {
		return this.year + "年第" + "一二三四".charAt(this.number - 1) + "季度";
	}

	@JsonValue
	@Override
	public String toString() {
		return this.year + "Q" + this.number;
	}

	@Override
	public int compareTo(Quarter other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

}
