package cn.jianwu.search.query;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import cn.jianwu.disclosure.api.item.SubKind;

/**
 * The Elasticsearch request for a {@link SearchQuery}. Public so that the benchmark sends
 * Elasticsearch exactly what the service sends.
 * <p>
 * Chinese has no spaces between words, and the built-in analysis splits text into single
 * characters (main fields) and overlapping character pairs ({@code .bigram} fields). Each
 * word of the query must be found in one field: as character pairs, most of them in any
 * order, so that partial and slightly different wordings match; pairs in a row (the word
 * itself) score extra. Pairs are far rarer than single characters, which keeps phrase
 * matching cheap on a large index. A word of one character (or one number) has no pairs
 * and is looked up in the main fields. With several words, all of them in a row score
 * extra again, and a title outweighs the summary and the body. The text goes into match
 * clauses only, never into a query-string syntax, so quotes, backslashes or
 * {@code AND}/{@code *} are just characters.
 */
public final class SearchQueryTranslator {

	/** Results are aggregated under this name. */
	public static final String CATEGORIES = "categories";

	/**
	 * Hits per sub-kind (within the category asked for) are aggregated under this name, a
	 * filter aggregation holding a terms aggregation of the same name.
	 */
	public static final String SUB_KINDS = "subKinds";

	static final List<String> PAIR_FIELDS = List.of("title.bigram^3", "summary.bigram^2", "body.bigram",
			"attachmentNames.bigram^2");

	static final List<String> RUN_FIELDS = List.of("title^3", "summary^2", "body", "attachmentNames^2");

	static final List<String> PHRASE_FIELDS = List.of("title.bigram^5", "summary.bigram^2", "body.bigram^2");

	/**
	 * Of a word's character pairs, up to two must all be found, beyond that three in
	 * four.
	 */
	static final String PAIRS_TO_MATCH = "2<75%";

	/**
	 * The highlighter reads at most this many characters of a body (longer bodies are
	 * still found; their highlights come from the start).
	 */
	static final int MAX_ANALYZED_OFFSET = 200_000;

	static final List<String> SOURCE = List.of("id", "revision", "title", "summary", "category", "subKind",
			"department", "publishedAt", "portalUrl");

	private SearchQueryTranslator() {
	}

	public static SearchRequest translate(SearchQuery query, String index) {
		SearchRequest.Builder request = new SearchRequest.Builder().index(index)
			.query(query(query))
			.from(query.offset())
			.size(query.size())
			.trackTotalHits((t) -> t.enabled(true))
			.source((s) -> s.filter((f) -> f.includes(SOURCE)))
			.sort(sort(query))
			// Facet counts are for the query without the category and sub-kind filters
			// (post filters), so that the other categories still show how many hits they
			// would give; the sections count within the category asked for.
			.aggregations(CATEGORIES, (a) -> a.terms((t) -> t.field("category").size(10)))
			.aggregations(SUB_KINDS,
					(a) -> a.filter(categoryFilter(query))
						.aggregations(SUB_KINDS,
								(terms) -> terms.terms((t) -> t.field("subKind").size(SubKind.values().length))));
		BoolQuery.Builder post = new BoolQuery.Builder();
		if (query.category() != null) {
			post.filter(categoryFilter(query));
		}
		if (query.subKind() != null) {
			post.filter((f) -> f.term((t) -> t.field("subKind").value(query.subKind())));
		}
		if (query.category() != null || query.subKind() != null) {
			request.postFilter((f) -> f.bool(post.build()));
		}
		if (query.hasText()) {
			request.highlight((h) -> h.encoder(HighlighterEncoder.Html)
				.preTags("<em>")
				.postTags("</em>")
				.maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
				.fields("title", (f) -> f.numberOfFragments(0))
				.fields("title.bigram", (f) -> f.numberOfFragments(0))
				.fields("body", (f) -> f.fragmentSize(120).numberOfFragments(2).noMatchSize(120))
				.fields("body.bigram", (f) -> f.fragmentSize(120).numberOfFragments(2)));
		}
		return request.build();
	}

	private static Query categoryFilter(SearchQuery query) {
		return (query.category() != null) ? Query.of((f) -> f.term((t) -> t.field("category").value(query.category())))
				: Query.of((f) -> f.matchAll((all) -> all));
	}

	static Query query(SearchQuery query) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		bool.mustNot((n) -> n.term((t) -> t.field("tombstone").value(true)));
		if (query.department() != null) {
			bool.filter((f) -> f.term((t) -> t.field("department").value(query.department())));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter((f) -> f.range((r) -> r.date((d) -> {
				d.field("publishedAt");
				if (query.from() != null) {
					d.gte(query.fromInstant().toString());
				}
				if (query.to() != null) {
					d.lt(query.toInstantExclusive().toString());
				}
				return d;
			})));
		}
		for (String term : query.terms()) {
			bool.must((m) -> m.bool((word) -> (Tokens.count(term) < 2)
					? word.should((s) -> s.multiMatch((mm) -> mm.query(term).fields(RUN_FIELDS)))
					: word
						.should((s) -> s.multiMatch((mm) -> mm.query(term)
							.fields(PAIR_FIELDS)
							.type(TextQueryType.BestFields)
							.minimumShouldMatch(PAIRS_TO_MATCH)))
						.should((s) -> s
							.multiMatch((mm) -> mm.query(term).fields(PAIR_FIELDS).type(TextQueryType.Phrase)))
						.minimumShouldMatch("1")));
		}
		if (query.terms().size() > 1) {
			String words = String.join(" ", query.terms());
			bool.should((s) -> s.multiMatch((mm) -> mm.query(words).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)));
		}
		return Query.of((q) -> q.bool(bool.build()));
	}

	private static List<SortOptions> sort(SearchQuery query) {
		SortOptions newest = SortOptions.of((s) -> s.field((f) -> f.field("publishedAt").order(SortOrder.Desc)));
		SortOptions id = SortOptions.of((s) -> s.field((f) -> f.field("id").order(SortOrder.Asc)));
		SortOptions score = SortOptions.of((s) -> s.score((f) -> f.order(SortOrder.Desc)));
		if (!query.hasText()) {
			return List.of(newest, id);
		}
		return (query.sort() == SearchQuery.Sort.DATE) ? List.of(newest, score, id) : List.of(score, newest, id);
	}

}
