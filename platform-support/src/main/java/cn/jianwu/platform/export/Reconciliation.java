package cn.jianwu.platform.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one copy of published items (the search index, the LAN bulletin, the hall
 * screens) back in line with disclosure-service's export, run after run, by the rule of
 * {@link Drift}. The copy itself is written by {@link Repairs}; this class decides what
 * to write and remembers, from one run to the next, what looked missing.
 * <p>
 * The caller reads what the copy holds before the run, so that an item the copy shows and
 * the export lacks was published before the export was read: its absence means it is no
 * longer public. Each export page's backfill is written before the next page is read, so
 * what was fixed stays fixed when a later page fails.
 * <p>
 * Removing is the one unsafe direction: an export that is wrong (an empty or restored
 * database, a lagging replica, another environment's address) would take published items
 * off, while a wrong backfill only writes what disclosure-service publicly shows. So an
 * item is removed only when two consecutive runs miss it at the same revision, and never
 * when the export is empty. A run that fails keeps the previous run's suspicions.
 */
public final class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private final String copy;

	private final PublicItemSource source;

	private final int pageSize;

	/** Items the previous run found missing from the export, id → revision. */
	private Map<String, Integer> suspects = Map.of();

	/**
	 * @param copy what is reconciled, for the log ("search index")
	 * @param source the export it is compared with
	 * @param pageSize items per export page
	 */
	public Reconciliation(String copy, PublicItemSource source, int pageSize) {
		this.copy = copy;
		this.source = source;
		this.pageSize = pageSize;
	}

	/**
	 * One run.
	 * @param held what the copy holds, read before the run
	 * @param repairs writes to the copy
	 * @return what it corrected
	 */
	public synchronized Result run(Held held, Repairs repairs) {
		Set<String> exported = new HashSet<>();
		List<String> added = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		String after = null;
		do {
			PublicItemSource.Page page = this.source.page(after, this.pageSize);
			Map<String, Integer> revisions = new LinkedHashMap<>();
			page.items().forEach((item) -> revisions.put(item.id(), item.revision()));
			exported.addAll(revisions.keySet());
			Set<String> drifted = Set.copyOf(Drift.backfill(held.all(), revisions));
			List<PublicItemSource.Item> items = page.items()
				.stream()
				.filter((item) -> drifted.contains(item.id()))
				.toList();
			if (!items.isEmpty()) {
				for (String id : repairs.backfill(items)) {
					(held.all().containsKey(id) ? updated : added).add(id);
				}
			}
			after = page.next();
		}
		while (after != null);
		return new Result(added, updated, remove(held.live(), exported, repairs), exported.size());
	}

	private List<String> remove(Map<String, Integer> live, Set<String> exported, Repairs repairs) {
		Map<String, Integer> missing = Drift.removals(live, exported);
		if (exported.isEmpty() && !missing.isEmpty()) {
			log.warn("disclosure-service's export is empty while the {} shows {} items: removing nothing", this.copy,
					missing.size());
			this.suspects = Map.of();
			return List.of();
		}
		Map<String, Integer> confirmed = new LinkedHashMap<>();
		missing.forEach((id, revision) -> {
			if (revision.equals(this.suspects.get(id))) {
				confirmed.put(id, revision);
			}
		});
		this.suspects = Map.copyOf(missing);
		return confirmed.isEmpty() ? List.of() : repairs.remove(confirmed);
	}

	/**
	 * What a copy holds, item id → revision.
	 *
	 * @param all every item, withdrawn ones (tombstones) included
	 * @param live the items it shows that the export can judge: never withdrawn ones, nor
	 * those the export cannot list (internal items)
	 */
	public record Held(Map<String, Integer> all, Map<String, Integer> live) {

		public Held {
			all = Map.copyOf(all);
			live = Map.copyOf(live);
		}

		/** Collects what a copy holds, one item at a time. */
		public static final class Builder {

			private final Map<String, Integer> all = new HashMap<>();

			private final Map<String, Integer> live = new HashMap<>();

			/**
			 * @param live whether the copy shows it and the export can judge it
			 */
			public void add(String id, int revision, boolean live) {
				this.all.put(id, revision);
				if (live) {
					this.live.put(id, revision);
				}
			}

			public Held build() {
				return new Held(this.all, this.live);
			}

		}

	}

	/** The writes of a reconciliation, each conditional on the revision. */
	public interface Repairs {

		/**
		 * Writes the items of one export page that the copy lacks or holds at an older
		 * revision, unless an event brought the same or a newer revision meanwhile.
		 * @return the ids written
		 */
		List<String> backfill(List<PublicItemSource.Item> items);

		/**
		 * Takes the items off at the revision the copy holds, as a withdrawal does, so
		 * that a newer revision published meanwhile stays.
		 * @param items id → the revision held
		 * @return the ids taken off
		 */
		List<String> remove(Map<String, Integer> items);

	}

	/**
	 * What one run corrected.
	 *
	 * @param added ids the copy did not hold at all, written from the export
	 * @param updated ids the copy held at an older revision (or withdrawn below the
	 * exported revision), written from the export
	 * @param removed ids taken off
	 * @param exported how many items the export listed
	 */
	public record Result(List<String> added, List<String> updated, List<String> removed, int exported) {

		public Result {
			added = List.copyOf(added);
			updated = List.copyOf(updated);
			removed = List.copyOf(removed);
		}

		/** Everything written from the export, added and updated. */
		public List<String> backfilled() {
			return Stream.concat(this.added.stream(), this.updated.stream()).toList();
		}

		/** Whether the run corrected anything. */
		public boolean fixedAnything() {
			return !this.added.isEmpty() || !this.updated.isEmpty() || !this.removed.isEmpty();
		}

	}

}
