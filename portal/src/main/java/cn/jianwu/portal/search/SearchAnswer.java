package cn.jianwu.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * search-service's answer to {@code GET /api/search}.
 *
 * @param total hits of the query with its filters
 * @param hits this page's hits
 * @param facets hits per category ({@code CASE_INFO} → count), counted without the
 * category and section filters
 * @param subKinds hits per section ({@code LEGAL_DOCUMENT} → count), counted within the
 * category asked for but without the section filter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchAnswer(long total, List<Hit> hits, Map<String, Long> facets, Map<String, Long> subKinds) {

	SearchAnswer {
		hits = (hits != null) ? List.copyOf(hits) : List.of();
		facets = (facets != null) ? Map.copyOf(facets) : Map.of();
		subKinds = (subKinds != null) ? Map.copyOf(subKinds) : Map.of();
	}

	/**
	 * A hit: plain fields are plain text; {@code highlights} are HTML fragments per field
	 * ({@code title}, {@code body}).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hit(String id, String title, String summary, String category, String subKind, String department,
			Instant publishedAt, Map<String, List<String>> highlights) {

		Hit {
			highlights = (highlights != null) ? Map.copyOf(highlights) : Map.of();
		}

		List<String> fragments(String field) {
			List<String> fragments = this.highlights.get(field);
			return (fragments != null) ? fragments : List.of();
		}

	}

}
