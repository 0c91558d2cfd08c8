package cn.jianwu.disclosure.api.item;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a periodic item (定期公开) reports on: a quarter ({@code 2026Q4}, quarterly
 * being the default), a half-year ({@code 2026H1}) or a year ({@code 2026}). On the wire
 * it is that code; the public reads its label, e.g. 2026年第四季度.
 */
public record DisclosurePeriod(int year, Span span, int number) {

	/** The codes {@link #parse} accepts, for Bean Validation and the OpenAPI document. */
	public static final String PATTERN = "^\\d{4}(Q[1-4]|H[12])?$";

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:([QH])([1-4]))?");

	private static final String[] QUARTERS = { "一", "二", "三", "四" };

	public DisclosurePeriod {
		if (year < 1949 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (span == Span.YEAR ? number != 0 : number < 1 || number > span.parts) {
			throw new IllegalArgumentException("no " + span + " " + number);
		}
	}

	/**
	 * The period a code names.
	 * @param code e.g. {@code 2026Q4}, {@code 2026H1}, {@code 2026}
	 * @return the period, empty when the code names none
	 */
	public static Optional<DisclosurePeriod> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Matcher matcher = CODE.matcher(code.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) == null) {
			return Optional.of(new DisclosurePeriod(year, Span.YEAR, 0));
		}
		Span span = matcher.group(2).equals("Q") ? Span.QUARTER : Span.HALF_YEAR;
		int number = Integer.parseInt(matcher.group(3));
		return (number <= span.parts) ? Optional.of(new DisclosurePeriod(year, span, number)) : Optional.empty();
	}

	/** The code on the wire, e.g. {@code 2026Q4}. */
	public String code() {
		return switch (this.span) {
			case QUARTER -> this.year + "Q" + this.number;
			case HALF_YEAR -> this.year + "H" + this.number;
			case YEAR -> Integer.toString(this.year);
		};
	}

	/** The name the public reads, e.g. 2026年第四季度. */
	public String label() {
		return switch (this.span) {
			case QUARTER -> this.year + "年第" + QUARTERS[this.number - 1] + "季度";
			case HALF_YEAR -> this.year + "年" + ((this.number == 1) ? "上半年" : "下半年");
			case YEAR -> this.year + "年度";
		};
	}

	/** How long the period is. */
	public enum Span {

		QUARTER(4), HALF_YEAR(2), YEAR(1);

		private final int parts;

		Span(int parts) {
			this.parts = parts;
		}

	}

}
