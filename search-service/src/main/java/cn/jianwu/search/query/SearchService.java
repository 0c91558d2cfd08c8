package cn.jianwu.search.query;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import cn.jianwu.search.index.SearchIndex;

import org.springframework.stereotype.Service;

/** Runs a search on the alias and shapes the answer. */
@Service
public class SearchService {

	private final ElasticsearchClient client;

	private final SearchIndex index;

	SearchService(ElasticsearchClient client, SearchIndex index) {
		this.client = client;
		this.index = index;
	}

	/**
	 * @throws ElasticsearchUnavailableException when the cluster cannot answer
	 */
	public SearchResult search(SearchQuery query) {
		SearchResponse<SearchHitSource> response;
		try {
			SearchQueryTranslator.Design design = this.index.hasGrams() ? SearchQueryTranslator.Design.GRAMS
					: SearchQueryTranslator.Design.PAIRS;
			response = this.client.search(SearchQueryTranslator.translate(query, this.index.alias(), design),
					SearchHitSource.class);
		}
		catch (IOException | ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : 0;
		List<SearchResult.Hit> hits = response.hits().hits().stream().map(SearchService::hit).toList();
		return new SearchResult(total, query.page(), query.size(), hits, facets(response), subKinds(response));
	}

	private static SearchResult.Hit hit(Hit<SearchHitSource> hit) {
		SearchHitSource source = hit.source();
		Map<String, List<String>> highlights = new LinkedHashMap<>();
		Highlights.put(highlights, "title", hit.highlight());
		Highlights.put(highlights, "body", hit.highlight());
		return new SearchResult.Hit(source.id(), source.revision(), source.title(), source.summary(), source.category(),
				label(source.category()), source.subKind(), subKindLabel(source.subKind()), source.department(),
				(source.publishedAt() != null) ? Instant.parse(source.publishedAt()) : null, source.portalUrl(),
				highlights);
	}

	private static Map<String, Long> facets(SearchResponse<SearchHitSource> response) {
		return counts(response.aggregations().get(SearchQueryTranslator.CATEGORIES));
	}

	private static Map<String, Long> subKinds(SearchResponse<SearchHitSource> response) {
		Aggregate inCategory = response.aggregations().get(SearchQueryTranslator.SUB_KINDS);
		if (inCategory == null || !inCategory.isFilter()) {
			return new LinkedHashMap<>();
		}
		return counts(inCategory.filter().aggregations().get(SearchQueryTranslator.SUB_KINDS));
	}

	private static Map<String, Long> counts(Aggregate terms) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (terms != null && terms.isSterms()) {
			for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
				counts.put(bucket.key().stringValue(), bucket.docCount());
			}
		}
		return counts;
	}

	private static String subKindLabel(String subKind) {
		try {
			return (subKind != null) ? SubKind.valueOf(subKind).label() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String label(String category) {
		try {
			return (category != null) ? Category.valueOf(category).label() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
