package cn.jianwu.search.query;

import java.util.List;
import java.util.Map;

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

	@GetMapping("/api/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String department, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
		return this.search.search(SearchParameters.parse(q, category, department, from, to, page, size, sort));
	}

	@GetMapping("/api/search/suggest")
	Map<String, List<TitleSuggester.Suggestion>> suggest(@RequestParam(required = false) String q) {
		SearchQuery query = SearchParameters.parse(q, null, null, null, null, null, null, null);
		return Map.of("suggestions", this.suggester.suggest(query.text()));
	}

}
