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
 * The id and revision of every live (not tombstoned) document behind an alias, read in
 * pages sorted by id with {@code search_after} and only those two fields of the source:
 * cheap enough to do every few minutes.
 */
final class IndexedRevisions {

	private static final int PAGE = 1000;

	private IndexedRevisions() {
	}

	static Map<String, Integer> live(ElasticsearchClient client, String alias) throws IOException {
		Map<String, Integer> revisions = new HashMap<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> searchAfter = after;
			SearchResponse<Revision> page = client.search((s) -> {
				s.index(alias)
					.size(PAGE)
					.query((q) -> q.bool((b) -> b.mustNot((n) -> n.term((t) -> t.field("tombstone").value(true)))))
					.source((src) -> src.filter((f) -> f.includes("id", "revision")))
					.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
				if (searchAfter != null) {
					s.searchAfter(searchAfter);
				}
				return s;
			}, Revision.class);
			List<Hit<Revision>> hits = page.hits().hits();
			for (Hit<Revision> hit : hits) {
				revisions.put(hit.source().id(), hit.source().revision());
			}
			if (hits.size() < PAGE) {
				return revisions;
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

	/** What is read of a document. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Revision(String id, int revision) {
	}

}
