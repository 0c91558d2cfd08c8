package cn.jianwu.portal.publication;

import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.Paging;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A section's page (子栏目, e.g. 办事指南): its items, long-term ones first, page by page; the
 * guides also by department (each department's procedures, what to bring, hours and
 * notices of rights and duties).
 */
@Controller
class SectionController {

	/**
	 * How many guides the department choice is made from: disclosure-service's largest
	 * page, far more guides than an institution writes.
	 */
	static final int DEPARTMENTS_FROM = 100;

	private final PublicItems items;

	SectionController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/categories/{slug}/{sectionSlug}")
	@PublicPage(maxAgeSeconds = 60)
	String section(@PathVariable String slug, @PathVariable String sectionSlug,
			@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String department,
			Model model) {
		Column column = Column.bySlug(slug).orElseThrow(() -> new PageNotFoundException("column " + slug));
		SubKind section = column.section(sectionSlug)
			.orElseThrow(() -> new PageNotFoundException("section " + sectionSlug + " of " + slug));
		String chosen = StringUtils.hasText(department) ? department.strip() : null;
		int current = ColumnController.pageNumber(page);
		PublicItems.ColumnPage found = this.items.section(section, chosen, current - 1, ColumnController.PAGE_SIZE);
		Paging paging = Paging.of(current, ColumnController.PAGE_SIZE, found.total(), ColumnController.MAX_PAGE,
				(number) -> address(column.path(section), chosen, number));
		if (current > paging.pages()) {
			throw new PageNotFoundException("page " + current + " of " + slug + "/" + sectionSlug);
		}
		model.addAttribute("column", column);
		model.addAttribute("columns", Column.values());
		model.addAttribute("section", section);
		model.addAttribute("sectionPath", column.path(section));
		model.addAttribute("items", found.items());
		model.addAttribute("paging", paging);
		model.addAttribute("department", chosen);
		model.addAttribute("departments",
				(section == SubKind.GUIDE) ? departments(column, section, chosen) : List.of());
		model.addAttribute(FeedLink.ATTRIBUTE, FeedLink.of(column, section));
		return "section";
	}

	/** The guides' departments to choose from, each with its address. */
	private List<DepartmentLink> departments(Column column, SubKind section, String chosen) {
		return this.items.departments(section, DEPARTMENTS_FROM)
			.stream()
			.map((name) -> new DepartmentLink(name, address(column.path(section), name, 1), name.equals(chosen)))
			.toList();
	}

	private static String address(String path, String department, int page) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
		if (department != null) {
			address.queryParam("department", department);
		}
		if (page > 1) {
			address.queryParam("page", page);
		}
		return address.encode().build().toUriString();
	}

	/**
	 * A department in the guides' filter.
	 *
	 * @param name e.g. 控告申诉检察部
	 * @param href its guides' page
	 * @param current whether it is the one shown
	 */
	record DepartmentLink(String name, String href, boolean current) {
	}

}
