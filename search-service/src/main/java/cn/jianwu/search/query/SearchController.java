package cn.jianwu.search.query;

import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public search: {@code GET /api/search} and the search box's completions
 * {@code GET /api/search/suggest}. Open to anyone; only public items are in the index.
 */
@RestController
class SearchController {

	private final SearchService search;

	private final TitleSuggester suggester;

	SearchController(SearchService search, TitleSuggester suggester) {
		this.search = search;
		this.suggester = suggester;
	}

	// Parameters are read as text (SearchParameters answers a wrong one in Chinese); the
	// document names the values from the contract's enums.
	@GetMapping("/api/search")
	SearchResult search(@RequestParam(required = false) String q,
			@Parameter(description = "One category; the facets count without it.",
					schema = @Schema(implementation = Category.class)) @RequestParam(required = false) String category,
			@Parameter(description = "One section (sub-kind); of the category when both are given, else 400.",
					schema = @Schema(implementation = SubKind.class)) @RequestParam(required = false) String subKind,
			@RequestParam(required = false) String department, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
		return this.search.search(SearchParameters.parse(q, category, subKind, department, from, to, page, size, sort));
	}

	@GetMapping("/api/search/suggest")
	Map<String, List<TitleSuggester.Suggestion>> suggest(@RequestParam(required = false) String q) {
		SearchQuery query = SearchParameters.parse(q, null, null, null, null, null, null, null);
		return Map.of("suggestions", this.suggester.suggest(query.text()));
	}

}
