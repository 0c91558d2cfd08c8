package cn.jianwu.search.rebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison rule of a reconciliation, on item id → revision: the documents of the
 * index against disclosure-service's export.
 * <p>
 * An item the export has and the index does not (or at an older revision) is backfilled.
 * An item live in the index that the export does not have is removed. An item the index
 * holds at the same or a <em>newer</em> revision than the export is left alone: the index
 * got a later event after the export page was read, and the external version would refuse
 * the write anyway. That includes a tombstone of the exported revision (a withdrawal
 * keeps the revision; the event is newer than the page). Tombstones are never removed:
 * the export never lists withdrawn items, so it cannot tell whether one is right.
 */
final class Drift {

	private Drift() {
	}

	/**
	 * @param indexed every document of the index, tombstones included
	 * @param exported one export page
	 * @return the ids of the page to write, in page order
	 */
	static List<String> backfill(Map<String, Integer> indexed, Map<String, Integer> exported) {
		return exported.entrySet().stream().filter((e) -> {
			Integer held = indexed.get(e.getKey());
			return held == null || held < e.getValue();
		}).map(Map.Entry::getKey).toList();
	}

	/**
	 * @param indexed live documents of the index
	 * @param exported the ids of the whole export
	 * @return the live documents to tombstone, id → the revision the index holds
	 */
	static Map<String, Integer> removals(Map<String, Integer> indexed, Set<String> exported) {
		Map<String, Integer> remove = new LinkedHashMap<>();
		indexed.forEach((id, revision) -> {
			if (!exported.contains(id)) {
				remove.put(id, revision);
			}
		});
		return remove;
	}

}
