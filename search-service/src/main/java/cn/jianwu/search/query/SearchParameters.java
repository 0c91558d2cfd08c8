package cn.jianwu.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;

/**
 * Turns the request parameters into a {@link SearchQuery}, or refuses them with a reason
 * the public can read. Every parameter arrives as text so that a wrong one gets a Chinese
 * answer rather than a framework message.
 */
public final class SearchParameters {

	/** Longest query, in characters. */
	public static final int MAX_TEXT = 200;

	/** Most hits per page. */
	public static final int MAX_SIZE = 50;

	/**
	 * Elasticsearch's {@code index.max_result_window}: hits beyond it cannot be paged to.
	 */
	public static final int MAX_WINDOW = 10_000;

	static final int DEFAULT_SIZE = 10;

	private static final int MAX_DEPARTMENT = 50;

	private SearchParameters() {
	}

	/**
	 * A search of all sections: as
	 * {@link #parse(String, String, String, String, String, String, String, String, String)}.
	 */
	public static SearchQuery parse(String q, String category, String department, String from, String to, String page,
			String size, String sort) {
		return parse(q, category, null, department, from, to, page, size, sort);
	}

	public static SearchQuery parse(String q, String category, String subKind, String department, String from,
			String to, String page, String size, String sort) {
		String text = normalise(q);
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new InvalidSearchException("检索词过长", "检索词不能超过" + MAX_TEXT + "个字，请缩短后重试。");
		}
		int pageNumber = integer(page, 0, "页码");
		int pageSize = integer(size, DEFAULT_SIZE, "每页条数");
		if (pageNumber < 0) {
			throw new InvalidSearchException("页码有误", "页码不能为负数。");
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			throw new InvalidSearchException("每页条数有误", "每页条数应在1到" + MAX_SIZE + "之间。");
		}
		if ((long) (pageNumber + 1) * pageSize > MAX_WINDOW) {
			throw new InvalidSearchException("页码超出范围", "最多只能查看前" + MAX_WINDOW + "条结果，请增加检索词或筛选条件以缩小范围。");
		}
		LocalDate fromDay = date(from, "起始日期");
		LocalDate toDay = date(to, "截止日期");
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			throw new InvalidSearchException("日期范围有误", "起始日期不能晚于截止日期。");
		}
		String categoryName = category(category);
		return new SearchQuery(text, categoryName, subKind(subKind, categoryName), department(department), fromDay,
				toDay, pageNumber, pageSize, sort(sort));
	}

	/**
	 * The query as Elasticsearch will see it: control characters become spaces and runs
	 * of spaces one space. Quotes, backslashes and query syntax stay: the query is built
	 * from match clauses, which take the text as words, never as syntax.
	 */
	static String normalise(String q) {
		if (q == null) {
			return "";
		}
		String cleaned = q.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u3000]", " ").strip();
		return cleaned.replaceAll("\\s+", " ");
	}

	private static int integer(String value, int fallback, String name) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidSearchException(name + "有误", name + "应为整数。");
		}
	}

	private static LocalDate date(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidSearchException(name + "有误", name + "应为“年-月-日”格式，例如 2026-01-31。");
		}
	}

	private static String category(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (Category category : Category.values()) {
			if (category.name().equals(name)) {
				return category.name();
			}
		}
		throw new InvalidSearchException("公开类别有误",
				"公开类别应为以下之一：" + Arrays.stream(Category.values())
					.map((c) -> c.name() + "（" + c.label() + "）")
					.collect(Collectors.joining("、")) + "。");
	}

	/**
	 * A section by its name in any case; it must be a section of the category when one is
	 * asked for, or the filters together could never find anything.
	 */
	private static String subKind(String value, String category) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		SubKind subKind = Arrays.stream(SubKind.values())
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidSearchException("子栏目有误",
					"子栏目应为以下之一：" + Arrays.stream(SubKind.values())
						.map((s) -> s.name() + "（" + s.category().label() + "·" + s.label() + "）")
						.collect(Collectors.joining("、")) + "。"));
		if (category != null && !subKind.category().name().equals(category)) {
			Category asked = Category.valueOf(category);
			throw new InvalidSearchException("子栏目与公开类别不符", "“" + subKind.label() + "”是" + subKind.category().label()
					+ "的子栏目，不属于" + asked.label() + "。" + sections(asked));
		}
		return subKind.name();
	}

	private static String sections(Category category) {
		List<SubKind> sections = SubKind.of(category);
		if (sections.isEmpty()) {
			return category.label() + "没有子栏目。";
		}
		return category.label() + "的子栏目为："
				+ sections.stream().map((s) -> s.name() + "（" + s.label() + "）").collect(Collectors.joining("、")) + "。";
	}

	private static String department(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String department = value.strip();
		if (department.length() > MAX_DEPARTMENT) {
			throw new InvalidSearchException("部门名称有误", "部门名称不能超过" + MAX_DEPARTMENT + "个字。");
		}
		return department;
	}

	private static SearchQuery.Sort sort(String value) {
		if (value == null || value.isBlank()) {
			return SearchQuery.Sort.RELEVANCE;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "relevance" -> SearchQuery.Sort.RELEVANCE;
			case "date" -> SearchQuery.Sort.DATE;
			default -> throw new InvalidSearchException("排序方式有误", "排序方式应为 relevance（相关度）或 date（发布时间）。");
		};
	}

}
