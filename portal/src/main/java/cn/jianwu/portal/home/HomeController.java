package cn.jianwu.portal.home;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.ItemLine;
import cn.jianwu.portal.publication.PublicItems;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public site's front page: the newest items, each column's newest, the search box
 * and the entry to the case query. When disclosure-service is down the page still answers
 * (the search box and the case query may work) and says that the lists are missing; such
 * a page is not cached.
 */
@Controller
class HomeController {

	static final int LATEST = 8;

	static final int PER_COLUMN = 6;

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
		boolean listsMissing = false;
		try {
			latest = this.items.latest(null, LATEST);
			for (Column column : Column.values()) {
				columns.add(new ColumnBox(column, this.items.latest(column, PER_COLUMN)));
			}
		}
		catch (BackendUnavailableException ex) {
			log.warn("Home page without lists: {}", ex.getMessage());
			listsMissing = true;
			columns.clear();
			for (Column column : Column.values()) {
				columns.add(new ColumnBox(column, List.of()));
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		model.addAttribute("latest", latest);
		model.addAttribute("columnBoxes", columns);
		model.addAttribute("columns", Column.values());
		model.addAttribute("listsMissing", listsMissing);
		return "index";
	}

	/** A column on the front page with its newest items. */
	record ColumnBox(Column column, List<ItemLine> items) {
	}

}
