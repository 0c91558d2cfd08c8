package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each listed person who appears in the text a pseudonym, numbering the ones that
 * would collide (张三 and 张四 would both be 张某). Numbers follow the order in which the
 * persons first appear in the text, so the reader meets 张某1 before 张某2. Only persons that
 * actually appear (after overlaps are resolved) count: if 张四 is listed but not mentioned,
 * 张三 is plain 张某.
 */
final class Pseudonyms {

	private Pseudonyms() {
	}

	/**
	 * @param kept the surviving candidates, sorted by start
	 * @return the final pseudonym of every person with at least one surviving occurrence
	 */
	static Map<ListedPerson, String> assign(List<Candidate> kept) {
		Map<String, Set<ListedPerson>> byPseudonym = new LinkedHashMap<>();
		for (Candidate candidate : kept) {
			if (candidate.person() != null) {
				byPseudonym.computeIfAbsent(candidate.person().pseudonym(), (key) -> new LinkedHashSet<>())
					.add(candidate.person());
			}
		}
		Map<ListedPerson, String> assigned = new HashMap<>();
		for (Map.Entry<String, Set<ListedPerson>> entry : byPseudonym.entrySet()) {
			List<ListedPerson> sharing = new ArrayList<>(entry.getValue());
			if (sharing.size() == 1) {
				assigned.put(sharing.get(0), entry.getKey());
			}
			else {
				for (int i = 0; i < sharing.size(); i++) {
					assigned.put(sharing.get(i), entry.getKey() + (i + 1));
				}
			}
		}
		return assigned;
	}

}
