package cn.jianwu.reports.api.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.reports.api.Quarter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The period of case-management's figures (定期统计、通报): a month, written {@code 2026-11}, or
 * a quarter, written {@code 2026Q4}. Its days are the institution's days; the previous
 * period is the one of the same kind just before, which the figures are compared with.
 *
 * @param month the month, or {@code null} for a quarter
 * @param quarter the quarter, or {@code null} for a month
 */
public record FiguresPeriod(YearMonth month, Quarter quarter) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	public FiguresPeriod {
		if ((month == null) == (quarter == null)) {
			throw new IllegalArgumentException("A period is either a month or a quarter");
		}
	}

	public static FiguresPeriod of(YearMonth month) {
		return new FiguresPeriod(month, null);
	}

	public static FiguresPeriod of(Quarter quarter) {
		return new FiguresPeriod(null, quarter);
	}

	/**
	 * Reads {@code 2026-11} or {@code 2026Q4}.
	 * @throws IllegalArgumentException with a Chinese explanation for anything else
	 */
	@JsonCreator
	public static FiguresPeriod parse(String text) {
		String trimmed = (text != null) ? text.trim() : "";
		Matcher month = MONTH.matcher(trimmed);
		if (month.matches()) {
			int number = Integer.parseInt(month.group(2));
			if (number >= 1 && number <= 12) {
				return of(YearMonth.of(Integer.parseInt(month.group(1)), number));
			}
		}
		else if (trimmed.matches(Quarter.PATTERN)) {
			return of(Quarter.parse(trimmed));
		}
		throw new IllegalArgumentException("统计期间的写法应为月份“2026-11”或季度“2026Q4”");
	}

	public boolean isMonth() {
		return this.month != null;
	}

	public LocalDate firstDay() {
		return isMonth() ? this.month.atDay(1) : this.quarter.firstDay();
	}

	public LocalDate lastDay() {
		return isMonth() ? this.month.atEndOfMonth() : this.quarter.lastDay();
	}

	/** The period of the same kind just before: the one the figures are compared with. */
	public FiguresPeriod previous() {
		return isMonth() ? of(this.month.minusMonths(1)) : of(this.quarter.previous());
	}

	/** 2026年11月, 2026年第四季度 */
	public String label() {
		return isMonth() ? this.month.getYear() + "年" + this.month.getMonthValue() + "月" : this.quarter.label();
	}

	@JsonValue
	@Override
	public String toString() {
		return isMonth() ? this.month.toString() : this.quarter.toString();
	}

}
