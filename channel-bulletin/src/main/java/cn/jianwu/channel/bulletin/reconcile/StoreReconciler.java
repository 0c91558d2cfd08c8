package cn.jianwu.channel.bulletin.reconcile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.DisclosureExport;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the bulletin board and the screens' items back in line with disclosure-service's
 * export of their channels, soon after start-up and then periodically, so that an item
 * lost on the way (an event that never arrived, a delivery that failed for good, a row
 * lost with a restored database) does not stay missing, stale or shown after it ended.
 * <p>
 * Each store is compared with the export of its own channel by the platform's rule
 * ({@link Reconciliation}): what it lacks or holds at an older revision is written as a
 * post writes it; what it shows that the export lacks is taken off, as a withdrawal of
 * the revision it holds, once two runs in a row miss it. The screens' changes reach
 * connected screens as any other change does. A store whose run fails (disclosure-service
 * away) does not hold up the other; the next run tries again.
 * <p>
 * Every instance reconciles: the writes are conditional on the revision, so concurrent
 * runs are harmless.
 */
@Component
public class StoreReconciler {

	private static final Logger log = LoggerFactory.getLogger(StoreReconciler.class);

	private final ReconcileProperties properties;

	private final Map<ReconciledStore, Reconciliation> reconciliations = new LinkedHashMap<>();

	private final MeterRegistry registry;

	@Autowired
	StoreReconciler(List<ReconciledStore> stores, ReconcileProperties properties, MeterRegistry registry) {
		this(stores, properties, registry,
				(channel) -> new DisclosureExport(properties.sourceUrl(), channel, properties.readTimeout()));
	}

	StoreReconciler(List<ReconciledStore> stores, ReconcileProperties properties, MeterRegistry registry,
			Function<Channel, PublicItemSource> exports) {
		this.properties = properties;
		this.registry = registry;
		stores.stream().sorted(Comparator.comparing((store) -> store.channel().id())).forEach((store) -> {
			PublicItemSource export = exports.apply(store.channel());
			this.reconciliations.put(store,
					new Reconciliation(store.channel().id() + " store", export, properties.pageSize()));
		});
	}

	@Scheduled(initialDelayString = "${jianwu.bulletin.reconcile.initial-delay}",
			fixedDelayString = "${jianwu.bulletin.reconcile.interval}")
	void scheduled() {
		if (this.properties.enabled()) {
			reconcile();
		}
	}

	/**
	 * One run over every store.
	 * @return what each store's run corrected, by store (channel id); a store whose run
	 * failed is missing
	 */
	public synchronized Map<String, Reconciliation.Result> reconcile() {
		Map<String, Reconciliation.Result> results = new LinkedHashMap<>();
		this.reconciliations.forEach((store, reconciliation) -> {
			String name = store.channel().id();
			try {
				Reconciliation.Held held = store.held();
				results.put(name, reconciliation.run(held, new Counted(store, held)));
			}
			catch (RuntimeException ex) {
				log.warn(
						"Reconciliation of the {} store with disclosure-service's export failed, trying again in {}: {}",
						name, this.properties.interval(), ex.toString());
			}
		});
		if (results.values().stream().anyMatch(Reconciliation.Result::fixedAnything)) {
			log.info("Reconciled with disclosure-service's export: {}", counts(results));
		}
		results.forEach((name, result) -> log.debug("Reconciled {} store: added {}, updated {}, removed {}", name,
				result.added(), result.updated(), result.removed()));
		return results;
	}

	// Counts only: the ids are at DEBUG.
	private static String counts(Map<String, Reconciliation.Result> results) {
		StringJoiner line = new StringJoiner("; ");
		results.forEach((name, result) -> line
			.add(name + " added " + result.added().size() + ", updated " + result.updated().size() + ", removed "
					+ result.removed().size() + " (" + result.exported() + " exported)"));
		return line.toString();
	}

	private Counter counter(ReconciledStore store, String action) {
		return Counter.builder("jianwu.bulletin.reconciled")
			.description("Items a reconciliation with disclosure-service's export corrected")
			.tag("store", store.channel().id())
			.tag("action", action)
			.register(this.registry);
	}

	/**
	 * The store's writes, counted page by page: what was written stays counted when a
	 * later page fails.
	 */
	private final class Counted implements Reconciliation.Repairs {

		private final ReconciledStore store;

		private final Reconciliation.Held held;

		Counted(ReconciledStore store, Reconciliation.Held held) {
			this.store = store;
			this.held = held;
		}

		@Override
		public List<String> backfill(List<PublicItemSource.Item> items) {
			List<String> written = this.store.backfill(items);
			written.forEach(
					(id) -> counter(this.store, this.held.all().containsKey(id) ? "updated" : "added").increment());
			return written;
		}

		@Override
		public List<String> remove(Map<String, Integer> items) {
			List<String> removed = this.store.remove(items);
			counter(this.store, "removed").increment(removed.size());
			return removed;
		}

	}

}
