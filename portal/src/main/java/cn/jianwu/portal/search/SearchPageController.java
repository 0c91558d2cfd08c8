package cn.jianwu.portal.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.portal.publication.Column;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.site.Paging;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form, the hits with what matched highlighted, hits per category
 * (each a filter), a date range, order, and pages with the total.
 */
@Controller
class SearchPageController {

	static final int PAGE_SIZE = 10;

	/** search-service pages no further than its first 10,000 hits. */
	static final int MAX_PAGES = 10_000 / PAGE_SIZE;

	private final SearchClient client;

	private final InstitutionProperties institution;

	SearchPageController(SearchClient client, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
	}

	@GetMapping("/search")
	@PublicPage(maxAgeSeconds = 60)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		SearchForm form = SearchForm.of(q, category, from, to, sort);
		int current = pageNumber(page);
		model.addAttribute("form", form);
		model.addAttribute("columns", Column.values());
		if (!form.asked()) {
			return "search";
		}
		SearchAnswer answer;
		try {
			answer = this.client.search(form, current - 1, PAGE_SIZE);
		}
		catch (RefusedSearchException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("refusal", ex.getMessage());
			return "search";
		}
		model.addAttribute("results", new Results(answer.total(), answer.hits().stream().map(this::hit).toList(),
				facets(form, answer), Paging.of(current, PAGE_SIZE, answer.total(), MAX_PAGES, form::page)));
		return "search";
	}

	private HitView hit(SearchAnswer.Hit hit) {
		List<String> titles = hit.fragments("title");
		List<Highlight.Run> title = titles.isEmpty() ? List.of(new Highlight.Run(hit.title(), false))
				: Highlight.runs(titles.get(0));
		List<List<Highlight.Run>> body = hit.fragments("body").stream().limit(3).map(Highlight::runs).toList();
		String column = Column.byCategory(hit.category()).map(Column::label).orElse(null);
		return new HitView("/items/" + hit.id(), title, body, (body.isEmpty()) ? hit.summary() : null,
				this.institution.date(hit.publishedAt()), this.institution.isoDate(hit.publishedAt()), column,
				hit.department());
	}

	private static List<Facet> facets(SearchForm form, SearchAnswer answer) {
		List<Facet> facets = new ArrayList<>();
		long all = answer.facets().values().stream().mapToLong(Long::longValue).sum();
		facets.add(new Facet("全部类别", all, form.withCategory(null), form.category() == null));
		for (Column column : Column.values()) {
			String name = column.category().name();
			long count = answer.facets().getOrDefault(name, 0L);
			facets.add(new Facet(column.label(), count, form.withCategory(name), name.equals(form.category())));
		}
		return facets;
	}

	private static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(MAX_PAGES, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** What a search found. */
	record Results(long total, List<HitView> hits, List<Facet> facets, Paging paging) {
	}

	/**
	 * A hit as the page shows it.
	 *
	 * @param title the title's runs (marked where it matched)
	 * @param fragments up to three passages of the body around what matched
	 * @param summary the summary, when no passage of the body matched
	 */
	record HitView(String path, List<Highlight.Run> title, List<List<Highlight.Run>> fragments, String summary,
			String date, String isoDate, String columnLabel, String department) {
	}

	/** A category with its hits, as a filter link. */
	record Facet(String label, long count, String url, boolean selected) {
	}

}
