package cn.jianwu.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of hits.
 *
 * @param total all hits of the query with its filters
 * @param page the page, from 0
 * @param size hits per page
 * @param hits this page's hits
 * @param facets hits per category, counted without the category and sub-kind filters
 * @param subKinds hits per sub-kind (section), counted with the category filter but
 * without the sub-kind filter
 */
public record SearchResult(long total, int page, int size, List<Hit> hits,
		@Schema(description = FACETS) Map<String, Long> facets,
		@Schema(description = SUB_KINDS) Map<String, Long> subKinds) {

	static final String FACETS = "Hits per category (CASE_INFO → count), counted without the category and "
			+ "sub-kind filters.";

	static final String SUB_KINDS = "Hits per section (sub-kind name, e.g. LEGAL_DOCUMENT → count), counted with the "
			+ "category and the other filters but without the sub-kind filter.";

	/**
	 * A hit. Plain fields are plain text (the reader escapes them); {@code highlights}
	 * are HTML: the text escaped, with {@code <em>} around what matched.
	 *
	 * @param highlights fragments per field ({@code title}, {@code body}); empty when the
	 * query has no words
	 */
	public record Hit(String id, int revision, String title, String summary, String category, String categoryLabel,
			String subKind, String subKindLabel, String department, Instant publishedAt, String portalUrl,
			Map<String, List<String>> highlights) {
	}

}
