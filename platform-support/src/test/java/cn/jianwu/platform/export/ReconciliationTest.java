package cn.jianwu.platform.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReconciliationTest {

	final Export export = new Export();

	final Copy copy = new Copy();

	final Reconciliation reconciliation = new Reconciliation("test copy", this.export, 2);

	@Test
	void missingAndOlderItemsAreWrittenPageByPageAndToldApart() {
		this.copy.hold("b", 1, true);
		this.copy.hold("c", 2, true);
		this.export.items("a", 1, "b", 2, "c", 2);

		Reconciliation.Result result = this.reconciliation.run(this.copy.held(), this.copy);

		assertThat(result.added()).containsExactly("a");
		assertThat(result.updated()).containsExactly("b");
		assertThat(result.removed()).isEmpty();
		assertThat(result.exported()).isEqualTo(3);
		assertThat(result.backfilled()).containsExactly("a", "b");
		assertThat(this.copy.backfills).as("one call per page with drift, page size 2")
			.containsExactly(List.of("a", "b"));
	}

	@Test
	void onlyWhatTheCopyTookCounts() {
		this.export.items("a", 1, "b", 1);
		this.copy.refuse("b");

		assertThat(this.reconciliation.run(this.copy.held(), this.copy).added()).containsExactly("a");
	}

	@Test
	void aShownItemTheExportLacksIsRemovedWhenTheNextRunMissesItAtTheSameRevision() {
		this.copy.hold("a", 1, true);
		this.copy.hold("gone", 4, true);
		this.export.items("a", 1);

		Reconciliation.Result first = this.reconciliation.run(this.copy.held(), this.copy);
		assertThat(first.removed()).as("a just-published item may not be in a paged export yet").isEmpty();
		assertThat(first.fixedAnything()).isFalse();

		Reconciliation.Result second = this.reconciliation.run(this.copy.held(), this.copy);
		assertThat(second.removed()).containsExactly("gone");
		assertThat(this.copy.removals).containsExactly(Map.of("gone", 4));
	}

	@Test
	void aNewRevisionBetweenTheTwoRunsStartsTheSuspicionAgain() {
		this.copy.hold("gone", 1, true);
		this.export.items("other", 1);
		this.reconciliation.run(this.copy.held(), this.copy);

		this.copy.hold("gone", 2, true);
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).isEmpty();
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).containsExactly("gone");
	}

	@Test
	void anEmptyExportRemovesNothingAndClearsTheSuspicions() {
		this.copy.hold("a", 1, true);
		this.export.items("b", 1);
		this.reconciliation.run(this.copy.held(), this.copy);

		this.export.items();
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).isEmpty();
		this.export.items("b", 1);
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed())
			.as("the empty run broke the two in a row")
			.isEmpty();
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).containsExactly("a");
	}

	@Test
	void aFailedRunKeepsWhatItWroteAndThePreviousSuspicions() {
		this.copy.hold("gone", 1, true);
		this.copy.hold("other", 1, true);
		this.export.items("other", 1);
		this.reconciliation.run(this.copy.held(), this.copy);

		this.export.items("a", 1, "b", 1, "c", 1);
		this.export.failAfterPages(1);
		assertThatIllegalStateException().isThrownBy(() -> this.reconciliation.run(this.copy.held(), this.copy));
		assertThat(this.copy.backfills).containsExactly(List.of("a", "b"));

		this.export.failAfterPages(Integer.MAX_VALUE);
		this.export.items("other", 1);
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).containsExactly("gone");
	}

	@Test
	void withdrawnItemsAreNeitherRemovedNorRevivedByTheSameRevision() {
		this.copy.hold("withdrawn", 3, false);
		this.copy.hold("republished", 3, false);
		this.export.items("withdrawn", 3, "republished", 4);

		Reconciliation.Result result = this.reconciliation.run(this.copy.held(), this.copy);
		assertThat(result.updated()).containsExactly("republished");
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).isEmpty();

		this.export.items("other", 1);
		this.reconciliation.run(this.copy.held(), this.copy);
		assertThat(this.reconciliation.run(this.copy.held(), this.copy).removed()).isEmpty();
	}

	/** The export, paged by position. */
	static final class Export implements PublicItemSource {

		private List<Item> items = List.of();

		private int failAfter = Integer.MAX_VALUE;

		void items(Object... idsAndRevisions) {
			List<Item> items = new ArrayList<>();
			for (int i = 0; i < idsAndRevisions.length; i += 2) {
				items.add(new Item((String) idsAndRevisions[i], (Integer) idsAndRevisions[i + 1], "标题", null, "正文",
						Category.OTHER, null, "办公室", Instant.EPOCH, null, List.of()));
			}
			this.items = items;
		}

		void failAfterPages(int pages) {
			this.failAfter = pages;
		}

		@Override
		public Page page(String after, int size) {
			int from = (after != null) ? Integer.parseInt(after) : 0;
			if (from / size >= this.failAfter) {
				throw new IllegalStateException("disclosure-service went away");
			}
			int to = Math.min(this.items.size(), from + size);
			return new Page(this.items.subList(from, to), null, (to < this.items.size()) ? String.valueOf(to) : null);
		}

	}

	/** A copy in memory that records what it was asked to write. */
	static final class Copy implements Reconciliation.Repairs {

		private final Map<String, Integer> all = new LinkedHashMap<>();

		private final Map<String, Integer> live = new LinkedHashMap<>();

		private final List<String> refused = new ArrayList<>();

		final List<List<String>> backfills = new ArrayList<>();

		final List<Map<String, Integer>> removals = new ArrayList<>();

		void hold(String id, int revision, boolean shown) {
			this.all.put(id, revision);
			if (shown) {
				this.live.put(id, revision);
			}
			else {
				this.live.remove(id);
			}
		}

		void refuse(String id) {
			this.refused.add(id);
		}

		Reconciliation.Held held() {
			return new Reconciliation.Held(this.all, this.live);
		}

		@Override
		public List<String> backfill(List<PublicItemSource.Item> items) {
			List<String> ids = items.stream().map(PublicItemSource.Item::id).toList();
			this.backfills.add(ids);
			return ids.stream().filter((id) -> !this.refused.contains(id)).toList();
		}

		@Override
		public List<String> remove(Map<String, Integer> items) {
			this.removals.add(Map.copyOf(items));
			return List.copyOf(items.keySet());
		}

	}

}
