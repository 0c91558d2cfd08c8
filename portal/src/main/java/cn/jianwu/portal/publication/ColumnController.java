package cn.jianwu.portal.publication;

import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.Paging;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A column's page: its sections as sub-navigation, its items (long-term ones first, then
 * the newest), page by page.
 */
@Controller
class ColumnController {

	static final int PAGE_SIZE = 15;

	/**
	 * disclosure-service pages no further than this (its size limit is per page only).
	 */
	static final int MAX_PAGE = 10_000;

	private final PublicItems items;

	ColumnController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/categories/{slug}")
	@PublicPage(maxAgeSeconds = 60)
	String column(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, Model model) {
		Column column = Column.bySlug(slug).orElseThrow(() -> new PageNotFoundException("column " + slug));
		int current = pageNumber(page);
		PublicItems.ColumnPage found = this.items.page(column, current - 1, PAGE_SIZE);
		Paging paging = Paging.of(current, PAGE_SIZE, found.total(), MAX_PAGE,
				(number) -> (number == 1) ? column.path() : column.path() + "?page=" + number);
		if (current > paging.pages()) {
			throw new PageNotFoundException("page " + current + " of " + slug);
		}
		model.addAttribute("column", column);
		model.addAttribute("columns", Column.values());
		model.addAttribute("items", found.items());
		model.addAttribute("paging", paging);
		model.addAttribute(FeedLink.ATTRIBUTE, FeedLink.of(column));
		return "column";
	}

	/**
	 * A page number as readers count (from 1); anything else is an address nobody linked.
	 */
	static int pageNumber(String page) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= MAX_PAGE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// an address nobody linked to
		}
		throw new PageNotFoundException("page " + page);
	}

}
