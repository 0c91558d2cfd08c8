package cn.jianwu.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.PublicItems;
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
 * and per section (each a filter), a date range, order, and pages with the total.
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
			@RequestParam(required = false) String subKind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		SearchForm form = SearchForm.of(q, category, subKind, from, to, sort);
		int current = pageNumber(page);
		model.addAttribute("form", form);
		model.addAttribute("columns", Column.values());
		model.addAttribute("sections", sectionChoices());
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
		model.addAttribute("results",
				new Results(answer.total(), answer.hits().stream().map(this::hit).toList(), facets(form, answer),
						sections(form, answer), Paging.of(current, PAGE_SIZE, answer.total(), MAX_PAGES, form::page)));
		return "search";
	}

	private HitView hit(SearchAnswer.Hit hit) {
		List<String> titles = hit.fragments("title");
		List<Highlight.Run> title = titles.isEmpty() ? List.of(new Highlight.Run(hit.title(), false))
				: Highlight.runs(titles.get(0));
		List<List<Highlight.Run>> body = hit.fragments("body").stream().limit(3).map(Highlight::runs).toList();
		String column = Column.byCategory(hit.category()).map(Column::label).orElse(null);
		return new HitView(PublicItems.path(hit.id()), title, body, (body.isEmpty()) ? hit.summary() : null,
				this.institution.date(hit.publishedAt()), this.institution.isoDate(hit.publishedAt()), column,
				sectionLabel(hit.subKind()), hit.department());
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

	/**
	 * The sections as filters: those of the chosen category after a link to all of them,
	 * or every category's sections when no category is chosen.
	 */
	static List<Facet> sections(SearchForm form, SearchAnswer answer) {
		List<Facet> facets = new ArrayList<>();
		List<SubKind> shown = List.of(SubKind.values());
		if (form.category() != null) {
			Category category = Category.valueOf(form.category());
			shown = SubKind.of(category);
			if (shown.isEmpty()) {
				return facets;
			}
			facets.add(new Facet("全部子栏目", answer.facets().getOrDefault(category.name(), 0L), form.withSubKind(null),
					form.subKind() == null));
		}
		for (SubKind section : shown) {
			facets.add(new Facet(section.label(), answer.subKinds().getOrDefault(section.name(), 0L),
					form.withSubKind(section), section.name().equals(form.subKind())));
		}
		return facets;
	}

	/** The form's choice of section, grouped by column. */
	static List<SectionChoice> sectionChoices() {
		return Arrays.stream(Column.values())
			.filter((column) -> !SubKind.of(column.category()).isEmpty())
			.map((column) -> new SectionChoice(column.label(), SubKind.of(column.category())))
			.toList();
	}

	private static String sectionLabel(String subKind) {
		return Arrays.stream(SubKind.values())
			.filter((section) -> section.name().equals(subKind))
			.map(SubKind::label)
			.findFirst()
			.orElse(null);
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
	record Results(long total, List<HitView> hits, List<Facet> facets, List<Facet> sections, Paging paging) {
	}

	/**
	 * A hit as the page shows it.
	 *
	 * @param title the title's runs (marked where it matched)
	 * @param fragments up to three passages of the body around what matched
	 * @param summary the summary, when no passage of the body matched
	 * @param sectionLabel the item's section (子栏目), or {@code null}
	 */
	record HitView(String path, List<Highlight.Run> title, List<List<Highlight.Run>> fragments, String summary,
			String date, String isoDate, String columnLabel, String sectionLabel, String department) {
	}

	/** A category or section with its hits, as a filter link. */
	record Facet(String label, long count, String url, boolean selected) {
	}

	/** A column's sections, as one group of the form's choice. */
	record SectionChoice(String columnLabel, List<SubKind> sections) {
	}

}
