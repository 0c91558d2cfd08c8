package cn.jianwu.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.portal.publication.Column;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the reader asked on the search page, checked: text trimmed, a known category, days
 * in the 年-月-日 form. What cannot be used is dropped and explained in {@code problems}.
 *
 * @param q the words (may be empty)
 * @param category a category ({@code CASE_INFO} …), or {@code null} for all
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 * @param sort {@code date} for newest first, or {@code null} for relevance
 * @param problems what was dropped and why, for the reader
 */
record SearchForm(String q, String category, String from, String to, String sort, List<String> problems) {

	/** Longest query, in characters (search-service's limit). */
	static final int MAX_TEXT = 200;

	static SearchForm of(String q, String category, String from, String to, String sort) {
		List<String> problems = new ArrayList<>();
		String text = (q != null) ? q.strip() : "";
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			problems.add("检索词不能超过" + MAX_TEXT + "个字，已截短。");
			text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
		}
		String knownCategory = null;
		if (category != null && !category.isBlank()) {
			knownCategory = Column.byCategory(category.strip()).map((column) -> column.category().name()).orElse(null);
			if (knownCategory == null) {
				problems.add("公开类别有误，已按全部类别检索。");
			}
		}
		String fromDay = day(from, "起始日期", problems);
		String toDay = day(to, "截止日期", problems);
		if (fromDay != null && toDay != null && fromDay.compareTo(toDay) > 0) {
			problems.add("起始日期不能晚于截止日期，已交换两者。");
			String swap = fromDay;
			fromDay = toDay;
			toDay = swap;
		}
		String order = "date".equals(sort) ? "date" : null;
		return new SearchForm(text, knownCategory, fromDay, toDay, order, List.copyOf(problems));
	}

	/** Whether anything was asked: words or a filter. */
	public boolean asked() {
		return !this.q.isEmpty() || this.category != null || this.from != null || this.to != null;
	}

	/** This search with another category (or all, for {@code null}), from page 1. */
	String withCategory(String otherCategory) {
		return url(this.q, otherCategory, this.from, this.to, this.sort, 1);
	}

	/** This search's page (from 1). */
	String page(int page) {
		return url(this.q, this.category, this.from, this.to, this.sort, page);
	}

	private static String url(String q, String category, String from, String to, String sort, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
		if (category != null) {
			url.queryParam("category", category);
		}
		if (from != null) {
			url.queryParam("from", from);
		}
		if (to != null) {
			url.queryParam("to", to);
		}
		if (sort != null) {
			url.queryParam("sort", sort);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static String day(String value, String name, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip()).toString();
		}
		catch (DateTimeParseException ex) {
			problems.add(name + "应为“年-月-日”格式（例如 2026-01-31），已忽略。");
			return null;
		}
	}

}
