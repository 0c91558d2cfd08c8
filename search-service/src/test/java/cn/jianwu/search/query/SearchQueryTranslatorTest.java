package cn.jianwu.search.query;

import java.util.List;
import java.util.Map;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters and facets of a search as Elasticsearch receives them: a filter the reader
 * chose narrows the hits, while the facets still show what the other choices would give.
 */
class SearchQueryTranslatorTest {

	@Test
	void theSubKindNarrowsTheHitsButNotTheSectionCountsWhichStayWithinTheCategory() {
		DocumentContext request = translate(
				SearchParameters.parse("起诉", "CASE_INFO", "LEGAL_DOCUMENT", "第一检察部", null, null, null, null, null));

		assertThat(request.<List<Map<String, Object>>>read("$.post_filter.bool.filter[*].term")).containsExactly(
				Map.of("category", Map.of("value", "CASE_INFO")), Map.of("subKind", Map.of("value", "LEGAL_DOCUMENT")));
		assertThat(request.<Map<String, Object>>read("$.aggregations.subKinds.filter.term"))
			.isEqualTo(Map.of("category", Map.of("value", "CASE_INFO")));
		assertThat(request.<String>read("$.aggregations.subKinds.aggregations.subKinds.terms.field"))
			.isEqualTo("subKind");
		assertThat(request.<Integer>read("$.aggregations.subKinds.aggregations.subKinds.terms.size"))
			.as("every section can show its count")
			.isGreaterThanOrEqualTo(8);
		// the department is part of the query, so every facet counts within it
		assertThat(request.<List<Object>>read("$.query.bool.filter[*].term.department")).hasSize(1);
		assertThat(request.jsonString()).as("the sub-kind is a post filter only").containsOnlyOnce("LEGAL_DOCUMENT");
	}

	@Test
	void withoutACategoryTheSectionsOfEveryCategoryAreCounted() {
		DocumentContext request = translate(
				SearchParameters.parse(null, null, "GUIDE", null, null, null, null, null, null));

		assertThat(request.<Map<String, Object>>read("$.aggregations.subKinds.filter")).containsOnlyKeys("match_all");
		assertThat(request.<List<Map<String, Object>>>read("$.post_filter.bool.filter[*].term"))
			.containsExactly(Map.of("subKind", Map.of("value", "GUIDE")));
	}

	@Test
	void withoutFiltersThereIsNoPostFilter() {
		DocumentContext request = translate(SearchParameters.parse("不起诉", null, null, null, null, null, null, null));
		assertThat(request.jsonString()).doesNotContain("post_filter");
		assertThat(request.<String>read("$.aggregations.categories.terms.field")).isEqualTo("category");
	}

	@Test
	void aWordIsLookedUpAsItsLongestRunsOfCharactersWithoutPhraseQueries() {
		DocumentContext request = translate(
				SearchParameters.parse("不起诉决定书 认罪", null, null, null, null, null, null, null));

		List<Map<String, Object>> runs = request.read("$.query.bool.must[*].bool.should[*].multi_match[?(@.operator)]");
		assertThat(runs).extracting((m) -> m.get("analyzer")).containsExactly("cjk_gram4", "cjk_bigram");
		assertThat(runs).allSatisfy((m) -> assertThat(m.get("operator")).isEqualTo("and"));
		assertThat(request.<List<String>>read("$.query.bool.should[0].multi_match.fields"))
			.allMatch((field) -> field.contains(".grams"));
		// the body is too long for "most of the pairs in any order": it would match
		// almost
		// everything on a large index
		assertThat(request.<List<List<String>>>read("$.query.bool.must[*].bool.should[*].multi_match.fields"))
			.flatMap((fields) -> fields)
			.doesNotContain("body.bigram");
		assertThat(JsonPath.parse(request.<Object>read("$.query")).jsonString()).doesNotContain("phrase");
		assertThat(JsonPath.parse(request.<Object>read("$.highlight.highlight_query")).jsonString())
			.as("highlights come from the pairs")
			.contains("body.bigram");
	}

	@Test
	void anIndexBuiltBeforeTheRunsIsSearchedWithPairPhrasesUntilItIsRebuilt() {
		SearchQuery query = SearchParameters.parse("不起诉决定书", null, null, null, null, null, null, null);
		String request = JsonpUtils.toJsonString(
				SearchQueryTranslator.translate(query, "disclosures", SearchQueryTranslator.Design.PAIRS),
				new JacksonJsonpMapper());

		assertThat(request).doesNotContain(".grams").contains("body.bigram").contains("\"phrase\"");
	}

	private static DocumentContext translate(SearchQuery query) {
		return JsonPath.parse(JsonpUtils.toJsonString(SearchQueryTranslator.translate(query, "disclosures"),
				new JacksonJsonpMapper()));
	}

}
