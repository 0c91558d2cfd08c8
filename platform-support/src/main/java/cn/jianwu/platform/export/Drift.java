package cn.jianwu.platform.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison rule of a reconciliation, on item id → revision: what a copy of
 * published items holds against disclosure-service's export.
 * <p>
 * An item the export has and the copy does not (or at an older revision) is backfilled.
 * An item the copy shows that the export does not have is removed. An item the copy holds
 * at the same or a <em>newer</em> revision than the export is left alone: the copy got a
 * later event after the export page was read. That includes a withdrawal (a tombstone) of
 * the exported revision: a withdrawal keeps the revision, and the event is newer than the
 * page. Withdrawn items are never removed: the export never lists them, so it cannot tell
 * whether a withdrawal is right; a newer revision in the export is backfilled over one.
 */
public final class Drift {

	private Drift() {
	}

	/**
	 * @param held everything the copy holds, withdrawn items included
	 * @param exported one export page
	 * @return the ids of the page to write, in page order
	 */
	public static List<String> backfill(Map<String, Integer> held, Map<String, Integer> exported) {
		return exported.entrySet().stream().filter((e) -> {
			Integer revision = held.get(e.getKey());
			return revision == null || revision < e.getValue();
		}).map(Map.Entry::getKey).toList();
	}

	/**
	 * @param live the items the copy shows
	 * @param exported the ids of the whole export
	 * @return the items to take off, id → the revision the copy holds
	 */
	public static Map<String, Integer> removals(Map<String, Integer> live, Set<String> exported) {
		Map<String, Integer> remove = new LinkedHashMap<>();
		live.forEach((id, revision) -> {
			if (!exported.contains(id)) {
				remove.put(id, revision);
			}
		});
		return remove;
	}

}
