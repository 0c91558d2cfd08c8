package cn.jianwu.portal.home;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.FeedLink;
import cn.jianwu.portal.publication.ItemLine;
import cn.jianwu.portal.publication.PublicItems;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public site's front page: the newest items, the long-term institution profile and
 * guides (机构概况 · 办事指南), each column's newest, the search box and the entry to the case
 * query. When disclosure-service is down the page still answers (the search box and the
 * case query may work) and says that the lists are missing; such a page is not cached.
 */
@Controller
class HomeController {

	static final int LATEST = 8;

	static final int PER_COLUMN = 6;

	static final int GUIDES = 8;

	/** The sections of the block 机构概况 · 办事指南, whose long-term items it lists. */
	static final List<SubKind> GUIDE_SECTIONS = List.of(SubKind.INSTITUTION, SubKind.GUIDE);

	private static final Logger log = LoggerFactory.getLogger(HomeController.class);

	private final PublicItems items;

	HomeController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/")
	@PublicPage(maxAgeSeconds = 60)
	String home(Model model, HttpServletResponse response) {
		List<ColumnBox> columns = new ArrayList<>();
		List<ItemLine> latest = List.of();
		List<ItemLine> guides = List.of();
		boolean listsMissing = false;
		try {
			latest = this.items.latest(null, LATEST);
			guides = this.items.longTerm(GUIDE_SECTIONS, GUIDES);
			for (Column column : Column.values()) {
				columns.add(new ColumnBox(column, this.items.latest(column, PER_COLUMN)));
			}
		}
		catch (BackendUnavailableException ex) {
			log.warn("Home page without lists: {}", ex.getMessage());
			listsMissing = true;
			latest = List.of();
			guides = List.of();
			columns.clear();
			for (Column column : Column.values()) {
				columns.add(new ColumnBox(column, List.of()));
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		model.addAttribute("latest", latest);
		model.addAttribute("guides", guides);
		Column guidesColumn = Column.byCategory(SubKind.GUIDE.category()).orElseThrow();
		model.addAttribute("guideSections",
				GUIDE_SECTIONS.stream()
					.map((section) -> new SectionLink(section.label(), guidesColumn.path(section)))
					.toList());
		model.addAttribute(FeedLink.ATTRIBUTE, FeedLink.site());
		model.addAttribute("columnBoxes", columns);
		model.addAttribute("columns", Column.values());
		model.addAttribute("listsMissing", listsMissing);
		return "index";
	}

	/** A section the block 机构概况 · 办事指南 leads to. */
	record SectionLink(String label, String path) {
	}

	/** A column on the front page with its newest items. */
	record ColumnBox(Column column, List<ItemLine> items) {
	}

}
