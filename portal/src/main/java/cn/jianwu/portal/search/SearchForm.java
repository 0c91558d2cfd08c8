package cn.jianwu.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.portal.publication.Column;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the reader asked on the search page, checked: text trimmed, a known category, a
 * section of that category, days in the 年-月-日 form. What cannot be used is dropped and
 * explained in {@code problems}.
 *
 * @param q the words (may be empty)
 * @param category a category ({@code CASE_INFO} …), or {@code null} for all
 * @param subKind a section ({@code LEGAL_DOCUMENT} …) of the category, or {@code null}
 * for all
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 * @param sort {@code date} for newest first, or {@code null} for relevance
 * @param problems what was dropped and why, for the reader
 */
record SearchForm(String q, String category, String subKind, String from, String to, String sort,
		List<String> problems) {

	/** Longest query, in characters (search-service's limit). */
	static final int MAX_TEXT = 200;

	static SearchForm of(String q, String category, String subKind, String from, String to, String sort) {
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
		SubKind section = section(subKind, problems);
		if (section != null && knownCategory != null && !section.category().name().equals(knownCategory)) {
			problems.add("“" + section.label() + "”是" + section.category().label() + "的子栏目，不属于"
					+ Column.byCategory(knownCategory).orElseThrow().label() + "，已按全部子栏目检索。");
			section = null;
		}
		if (section != null && knownCategory == null) {
			// a section alone is asked from the facets of all categories: it names its
			// column
			knownCategory = section.category().name();
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
		return new SearchForm(text, knownCategory, (section != null) ? section.name() : null, fromDay, toDay, order,
				List.copyOf(problems));
	}

	/** Whether anything was asked: words or a filter. */
	public boolean asked() {
		return !this.q.isEmpty() || this.category != null || this.subKind != null || this.from != null
				|| this.to != null;
	}

	/**
	 * This search with another category (or all, for {@code null}) and any of its
	 * sections, from page 1.
	 */
	String withCategory(String otherCategory) {
		return url(this.q, otherCategory, null, this.from, this.to, this.sort, 1);
	}

	/**
	 * This search in a section (with its category), or in all sections of this search's
	 * category for {@code null}, from page 1.
	 */
	String withSubKind(SubKind section) {
		return (section != null)
				? url(this.q, section.category().name(), section.name(), this.from, this.to, this.sort, 1)
				: url(this.q, this.category, null, this.from, this.to, this.sort, 1);
	}

	/** This search's page (from 1). */
	String page(int page) {
		return url(this.q, this.category, this.subKind, this.from, this.to, this.sort, page);
	}

	private static String url(String q, String category, String subKind, String from, String to, String sort,
			int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
		if (category != null) {
			url.queryParam("category", category);
		}
		if (subKind != null) {
			url.queryParam("subKind", subKind);
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

	private static SubKind section(String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip();
		for (SubKind section : SubKind.values()) {
			if (section.name().equals(name)) {
				return section;
			}
		}
		problems.add("子栏目有误，已按全部子栏目检索。");
		return null;
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
