package cn.jianwu.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total all hits of the query with its filters
 * @param page the page, from 0
 * @param size hits per page
 * @param hits this page's hits
 * @param facets hits per category, counted without the category filter
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, Long> facets) {

	/**
	 * A hit. Plain fields are plain text (the reader escapes them); {@code highlights}
	 * are HTML: the text escaped, with {@code <em>} around what matched.
	 *
	 * @param highlights fragments per field ({@code title}, {@code body}); empty when the
	 * query has no words
	 */
	public record Hit(String id, int revision, String title, String summary, String category, String categoryLabel,
			String subKind, String department, Instant publishedAt, String portalUrl,
			Map<String, List<String>> highlights) {
	}

}
