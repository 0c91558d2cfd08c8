package cn.jianwu.reports.api.inspection;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A half of a calendar year, written {@code 2026H2}: the period of the supervision
 * group's key inspection (每半年进行一次重点检查).
 */
public record HalfYear(int year, int number) implements Comparable<HalfYear> {

	/** How a half-year is written. */
	public static final String PATTERN = "\\d{4}H[12]";

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})H([12])");

	public HalfYear {
		if (number < 1 || number > 2) {
			throw new IllegalArgumentException("A half-year is numbered 1 or 2, not " + number);
		}
	}

	/** Reads {@code 2026H2}. */
	@JsonCreator
	public static HalfYear parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text.trim()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("半年度的写法应为“2026H2”");
		}
		return new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/** The half-year a day falls in. */
	public static HalfYear of(LocalDate day) {
		return new HalfYear(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.number == 1) ? 1 : 7, 1);
	}

	public LocalDate lastDay() {
		return (this.number == 1) ? LocalDate.of(this.year, 6, 30) : LocalDate.of(this.year, 12, 31);
	}

	public HalfYear previous() {
		return (this.number == 2) ? new HalfYear(this.year, 1) : new HalfYear(this.year - 1, 2);
	}

	/** 2026年下半年 */
	public String label() {
		return this.year + "年" + ((this.number == 1) ? "上" : "下") + "半年";
	}

	@JsonValue
	@Override
	public String toString() {
		return this.year + "H" + this.number;
	}

	@Override
	public int compareTo(HalfYear other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

}
