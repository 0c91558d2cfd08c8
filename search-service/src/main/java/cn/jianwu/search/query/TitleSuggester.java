package cn.jianwu.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import cn.jianwu.search.index.SearchIndex;

import org.springframework.stereotype.Service;

/**
 * Completes what the public types into the search box from published titles (the
 * completion suggester: a prefix lookup in memory, fast enough for every keystroke).
 * Tombstones have no completion input, so withdrawn items are never proposed.
 */
@Service
public class TitleSuggester {

	static final int MAX_SUGGESTIONS = 8;

	/** The completion suggester looks at no more of an input than this. */
	static final int MAX_PREFIX = 50;

	private static final String NAME = "titles";

	private final ElasticsearchClient client;

	private final SearchIndex index;

	TitleSuggester(ElasticsearchClient client, SearchIndex index) {
		this.client = client;
		this.index = index;
	}

	/**
	 * @param text what was typed, normalised
	 * @throws ElasticsearchUnavailableException when the cluster cannot answer
	 */
	public List<Suggestion> suggest(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		String prefix = (text.length() > MAX_PREFIX) ? text.substring(0, MAX_PREFIX) : text;
		SearchResponse<SearchHitSource> response;
		try {
			response = this.client.search((s) -> s.index(this.index.alias())
				.size(0)
				.source((src) -> src.filter((f) -> f.includes("id", "title")))
				.suggest((sg) -> sg.suggesters(NAME, (fs) -> fs.prefix(prefix)
					.completion((c) -> c.field("titleSuggest").size(MAX_SUGGESTIONS * 2).skipDuplicates(true)))),
					SearchHitSource.class);
		}
		catch (IOException | ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
		List<Suggestion> suggestions = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (co.elastic.clients.elasticsearch.core.search.Suggestion<SearchHitSource> found : response.suggest()
			.getOrDefault(NAME, List.of())) {
			for (CompletionSuggestOption<SearchHitSource> option : found.completion().options()) {
				// one item can match through several of its inputs
				if (option.source() != null && seen.add(option.id()) && suggestions.size() < MAX_SUGGESTIONS) {
					suggestions.add(new Suggestion(option.id(), option.source().title()));
				}
			}
		}
		return suggestions;
	}

	/** A title to propose, with the item it belongs to. */
	public record Suggestion(String id, String title) {
	}

}
