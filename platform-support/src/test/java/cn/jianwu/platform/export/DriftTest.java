package cn.jianwu.platform.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriftTest {

	@Test
	void aMissingOrOlderItemIsBackfilledInExportOrder() {
		Map<String, Integer> page = new LinkedHashMap<>();
		page.put("c", 1);
		page.put("a", 3);
		page.put("b", 2);
		assertThat(Drift.backfill(Map.of("a", 2, "b", 2), page)).containsExactly("c", "a");
	}

	@Test
	void theSameOrANewerRevisionInTheIndexIsLeftAlone() {
		assertThat(Drift.backfill(Map.of("a", 5), Map.of("a", 4))).isEmpty();
		// a tombstone of the exported revision: the withdrawal came after the page was
		// read
		assertThat(Drift.backfill(Map.of("a", 4), Map.of("a", 4))).isEmpty();
	}

	@Test
	void aLiveDocumentTheExportLacksIsRemovedAtTheRevisionTheIndexHolds() {
		assertThat(Drift.removals(Map.of("a", 1, "b", 7), Set.of("a"))).containsExactly(Map.entry("b", 7));
	}

	@Test
	void noDriftMeansNothingToDo() {
		Map<String, Integer> same = Map.of("a", 1, "b", 2);
		assertThat(Drift.backfill(same, same)).isEmpty();
		assertThat(Drift.removals(same, same.keySet())).isEmpty();
	}

}
