package cn.jianwu.search.rebuild;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The id and revision of every document behind an alias, read in pages sorted by id with
 * {@code search_after} and only the id, revision and tombstone fields of the source:
 * cheap enough to do every few minutes.
 *
 * @param all every document, tombstones included, id → revision
 * @param live the documents that are not tombstones
 */
record IndexedRevisions(Map<String, Integer> all, Map<String, Integer> live) {

	private static final int PAGE = 1000;

	static IndexedRevisions read(ElasticsearchClient client, String alias) throws IOException {
		Map<String, Integer> all = new HashMap<>();
		Map<String, Integer> live = new HashMap<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> searchAfter = after;
			SearchResponse<Revision> page = client.search((s) -> {
				s.index(alias)
					.size(PAGE)
					.source((src) -> src.filter((f) -> f.includes("id", "revision", "tombstone")))
					.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
				if (searchAfter != null) {
					s.searchAfter(searchAfter);
				}
				return s;
			}, Revision.class);
			List<Hit<Revision>> hits = page.hits().hits();
			for (Hit<Revision> hit : hits) {
				Revision document = hit.source();
				all.put(document.id(), document.revision());
				if (!document.tombstone()) {
					live.put(document.id(), document.revision());
				}
			}
			if (hits.size() < PAGE) {
				return new IndexedRevisions(all, live);
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

	/** What is read of a document. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Revision(String id, int revision, boolean tombstone) {
	}

}
