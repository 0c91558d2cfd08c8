package cn.jianwu.search.query;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
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
 * characters (main fields), overlapping character pairs ({@code .bigram} fields) and
 * every run of 2 to 4 characters ({@code .grams} fields). Each word of the query must be
 * found in one field: the word itself, looked up as its longest runs ({@code .grams}, all
 * of them: a run of up to four characters is one term, a longer word its overlapping
 * four-character runs), or, in the short fields (title, summary, attachment names), most
 * of its character pairs in any order, so that partial and slightly different wordings
 * match. Both are term lookups without positions, which keeps a phrase cheap on a million
 * documents where a phrase query would check the positions of its pairs in every document
 * that has them all (most bodies have the common pairs). A word of one character (or one
 * number) has no pairs and is looked up in the main fields. With several words, all of
 * them in a row score extra again, and a title outweighs the summary and the body. The
 * text goes into match clauses only, never into a query-string syntax, so quotes,
 * backslashes or {@code AND}/{@code *} are just characters.
 * <p>
 * An index built before the {@code .grams} fields existed is searched the former way
 * ({@link Design#PAIRS}: character pairs in every field plus phrase queries on them)
 * until it is rebuilt. Highlights always come from the pair query of that design, run on
 * the page's hits only.
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

	static final List<String> GRAM_FIELDS = List.of("title.grams^3", "summary.grams^2", "body.grams",
			"attachmentNames.grams^2");

	/** Where a word may be found as most of its pairs: the short fields. */
	static final List<String> LOOSE_PAIR_FIELDS = List.of("title.bigram^3", "summary.bigram^2",
			"attachmentNames.bigram^2");

	static final List<String> RUN_OF_WORDS_FIELDS = List.of("title.grams^5", "summary.grams^2", "body.grams^2");

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

	/** How the index behind the alias is built, and so how words are matched. */
	public enum Design {

		/** With the {@code .grams} fields: words are looked up as runs of characters. */
		GRAMS,

		/**
		 * An index built before the {@code .grams} fields: words are matched as character
		 * pairs with phrase queries.
		 */
		PAIRS

	}

	public static SearchRequest translate(SearchQuery query, String index) {
		return translate(query, index, Design.GRAMS);
	}

	public static SearchRequest translate(SearchQuery query, String index, Design design) {
		SearchRequest.Builder request = new SearchRequest.Builder().index(index)
			.query(query(query, design))
			.from(query.offset())
			.size(query.size())
			// The facets visit every hit anyway, so an exact total costs nothing more:
			// a bounded count would only make the total less honest.
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
			Query pairs = query(query, Design.PAIRS);
			request.highlight((h) -> h.encoder(HighlighterEncoder.Html)
				.highlightQuery(pairs)
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

	static Query query(SearchQuery query, Design design) {
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
			int tokens = Tokens.count(term);
			if (tokens < 2) {
				bool.must((m) -> m.multiMatch((mm) -> mm.query(term).fields(RUN_FIELDS)));
			}
			else if (design == Design.PAIRS) {
				bool.must((m) -> m.bool((word) -> word
					.should((s) -> s.multiMatch((mm) -> mm.query(term)
						.fields(PAIR_FIELDS)
						.type(TextQueryType.BestFields)
						.minimumShouldMatch(PAIRS_TO_MATCH)))
					.should((s) -> s.multiMatch((mm) -> mm.query(term).fields(PAIR_FIELDS).type(TextQueryType.Phrase)))
					.minimumShouldMatch("1")));
			}
			else {
				bool.must((m) -> m.bool((word) -> word.should((s) -> s.multiMatch(runs(term, tokens, GRAM_FIELDS)))
					.should((s) -> s.multiMatch((mm) -> mm.query(term)
						.fields(LOOSE_PAIR_FIELDS)
						.type(TextQueryType.BestFields)
						.minimumShouldMatch(PAIRS_TO_MATCH)))
					.minimumShouldMatch("1")));
			}
		}
		if (query.terms().size() > 1) {
			String words = String.join(" ", query.terms());
			if (design == Design.PAIRS) {
				bool.should(
						(s) -> s.multiMatch((mm) -> mm.query(words).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)));
			}
			else {
				int tokens = query.terms().stream().mapToInt(Tokens::count).sum();
				bool.should((s) -> s.multiMatch(runs(words, tokens, RUN_OF_WORDS_FIELDS)));
			}
		}
		return Query.of((q) -> q.bool(bool.build()));
	}

	/**
	 * The text as its longest runs of characters (up to four), all of them in one of the
	 * fields: the text itself for a short word, its overlapping four-character runs for a
	 * longer one.
	 */
	private static MultiMatchQuery runs(String text, int tokens, List<String> fields) {
		String analyzer = switch (Math.min(tokens, 4)) {
			case 2 -> "cjk_bigram";
			case 3 -> "cjk_gram3";
			default -> "cjk_gram4";
		};
		return MultiMatchQuery.of((mm) -> mm.query(text)
			.fields(fields)
			.analyzer(analyzer)
			.operator(Operator.And)
			.type(TextQueryType.BestFields));
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
