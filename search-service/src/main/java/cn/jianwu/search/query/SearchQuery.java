package cn.jianwu.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked search: what the public asked for, within the limits the service keeps.
 *
 * @param text the words, normalised (no control characters, single spaces); empty lists
 * the newest items
 * @param category a category name, or {@code null} for all
 * @param subKind a sub-kind (section) name of that category, or {@code null} for all
 * @param department a department, or {@code null} for all
 * @param from the first publication day, or {@code null}
 * @param to the last publication day (inclusive), or {@code null}
 * @param page the page, from 0
 * @param size hits per page
 * @param sort the order of hits
 */
public record SearchQuery(String text, String category, String subKind, String department, LocalDate from, LocalDate to,
		int page, int size, Sort sort) {

	/** Days are the institution's days (China has one time zone). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Words of a query beyond this count are ignored. */
	static final int MAX_TERMS = 12;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

	/**
	 * Whether there are words to look for; a query of punctuation only lists the newest
	 * items.
	 */
	public boolean hasText() {
		return !terms().isEmpty();
	}

	/**
	 * The words, split at spaces; each must be found. A "word" without a letter or digit
	 * ({@code "}, {@code *}, {@code \}) could never be found and is left out.
	 */
	public List<String> terms() {
		return Arrays.stream(this.text.split(" "))
			.filter((term) -> WORD.matcher(term).find())
			.limit(MAX_TERMS)
			.toList();
	}

	public int offset() {
		return this.page * this.size;
	}

	/** The start of the first day, or {@code null}. */
	public Instant fromInstant() {
		return (this.from != null) ? this.from.atStartOfDay(ZONE).toInstant() : null;
	}

	/** The start of the day after the last day, or {@code null}. */
	public Instant toInstantExclusive() {
		return (this.to != null) ? this.to.plusDays(1).atStartOfDay(ZONE).toInstant() : null;
	}

	/** The order of hits. */
	public enum Sort {

		/** Best match first, then newest (newest first when there are no words). */
		RELEVANCE,
		/** Newest first. */
		DATE

	}

}
