package cn.jianwu.search.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The stored fields a hit shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchHitSource(String id, int revision, String title, String summary, String category, String subKind,
		String department, String publishedAt, String portalUrl) {
}
