package cn.jianwu.search.rebuild;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import cn.jianwu.search.index.IndexWriter;
import cn.jianwu.search.index.ItemDocument;
import cn.jianwu.search.index.SearchIndexProperties;
import cn.jianwu.search.index.WriteOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the index back in line with disclosure-service's export, at start-up and then
 * periodically, so that an item lost on the way (an event the index never took, a rebuild
 * that missed a page) does not stay missing until someone notices.
 * <p>
 * One run reads the ids and revisions of the live documents first, then the export page
 * by page, writing what each page has that the index lacks ({@link Drift}) as a rebuild
 * writes it. In that order, a live document the export lacks was published before the
 * export was read, so its absence means it is no longer public. Removals are tombstones
 * at the revision the index holds (as a withdrawal is), so a newer revision published
 * meanwhile wins.
 * <p>
 * Removing is the one unsafe direction: an export that is wrong (an empty or restored
 * database, a lagging replica, another environment's address) would take published items
 * off the portal, while a wrong backfill only writes what disclosure-service publicly
 * shows. So a document is removed only when two consecutive runs miss it at the same
 * revision, and never when the export is empty. Tombstones are never compared: the export
 * does not list withdrawn items, so it cannot tell whether a tombstone is right.
 */
@Component
@EnableConfigurationProperties(ReconcileProperties.class)
public class IndexReconciler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

	private static final int LOGGED_IDS = 100;

	private final ElasticsearchClient client;

	private final SearchIndexProperties indexProperties;

	private final IndexWriter writer;

	private final PublicItemSource source;

	private final RebuildProperties rebuildProperties;

	private final ReconcileProperties properties;

	private final IndexMaintenance maintenance;

	private final Counter backfilled;

	private final Counter removed;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-reconcile");
		thread.setDaemon(true);
		return thread;
	});

	/** Live documents the previous run found missing from the export, id → revision. */
	private Map<String, Integer> suspects = Map.of();

	IndexReconciler(ElasticsearchClient client, SearchIndexProperties indexProperties, IndexWriter writer,
			PublicItemSource source, RebuildProperties rebuildProperties, ReconcileProperties properties,
			IndexMaintenance maintenance, MeterRegistry registry) {
		this.client = client;
		this.indexProperties = indexProperties;
		this.writer = writer;
		this.source = source;
		this.rebuildProperties = rebuildProperties;
		this.properties = properties;
		this.maintenance = maintenance;
		this.backfilled = counter(registry, "backfilled");
		this.removed = counter(registry, "removed");
	}

	private static Counter counter(MeterRegistry registry, String action) {
		return Counter.builder("jianwu.search.reconciled")
			.description("Documents a reconciliation with disclosure-service's export corrected")
			.tag("action", action)
			.register(registry);
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		if (this.properties.enabled()) {
			this.executor.scheduleWithFixedDelay(this::runQuietly, this.properties.initialDelay().toMillis(),
					this.properties.interval().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	// An exception would end the schedule: every failure waits for the next turn.
	void runQuietly() {
		try {
			reconcile();
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Search index reconciliation failed, trying again in {}: {}", this.properties.interval(),
					ex.toString());
		}
	}

	/**
	 * One run.
	 * @return what it corrected, or {@code null} when it skipped (a rebuild runs)
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	public synchronized Result reconcile() throws IOException {
		if (!this.maintenance.tryAcquire()) {
			log.info("Search index reconciliation skipped: a rebuild is running");
			return null;
		}
		try {
			// Another instance's rebuild: its new index is not behind the alias yet.
			if (this.client.indices().existsAlias((a) -> a.name(this.indexProperties.rebuildAlias())).value()) {
				log.info("Search index reconciliation skipped: a rebuild is running");
				return null;
			}
			IndexedRevisions indexed = IndexedRevisions.read(this.client, this.indexProperties.alias());
			Set<String> exported = new HashSet<>();
			List<String> backfill = backfill(indexed.all(), exported);
			List<String> removals = remove(indexed.live(), exported);
			log.info(
					"Search index reconciled with disclosure-service's export ({} live, {} exported): "
							+ "backfilled {} {}, removed {} {}",
					indexed.live().size(), exported.size(), backfill.size(), ids(backfill), removals.size(),
					ids(removals));
			return new Result(backfill, removals);
		}
		catch (ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
		finally {
			this.maintenance.release();
		}
	}

	private List<String> backfill(Map<String, Integer> indexed, Set<String> exported) {
		List<String> applied = new ArrayList<>();
		String after = null;
		do {
			PublicItemSource.Page page = this.source.page(after, this.rebuildProperties.pageSize());
			Map<String, Integer> revisions = new LinkedHashMap<>();
			page.items().forEach((item) -> revisions.put(item.id(), item.revision()));
			exported.addAll(revisions.keySet());
			Set<String> missing = Set.copyOf(Drift.backfill(indexed, revisions));
			List<ItemDocument> documents = page.items()
				.stream()
				.filter((item) -> missing.contains(item.id()))
				.map(IndexRebuild::document)
				.toList();
			// Counted page by page: what was written stays fixed when a later page fails.
			List<String> written = write(documents);
			this.backfilled.increment(written.size());
			applied.addAll(written);
			after = page.next();
		}
		while (after != null);
		return applied;
	}

	private List<String> remove(Map<String, Integer> indexed, Set<String> exported) {
		Map<String, Integer> missing = Drift.removals(indexed, exported);
		if (exported.isEmpty() && !missing.isEmpty()) {
			log.warn("disclosure-service's export is empty while the index holds {} items: removing nothing",
					missing.size());
			this.suspects = Map.of();
			return List.of();
		}
		List<ItemDocument> tombstones = new ArrayList<>();
		missing.forEach((id, revision) -> {
			if (revision.equals(this.suspects.get(id))) {
				tombstones.add(ItemDocument.tombstone(id, revision));
			}
		});
		this.suspects = Map.copyOf(missing);
		List<String> applied = write(tombstones);
		this.removed.increment(applied.size());
		return applied;
	}

	// The ids the index took; a conflict means it holds a newer revision already.
	private List<String> write(List<ItemDocument> documents) {
		List<WriteOutcome> outcomes = this.writer.write(documents);
		List<String> applied = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			WriteOutcome outcome = outcomes.get(i);
			switch (outcome.status()) {
				case APPLIED -> applied.add(documents.get(i).id());
				case UNAVAILABLE -> throw new ElasticsearchUnavailableException(
						"Elasticsearch could not take a reconciled document", null);
				case FAILED -> log.warn("Elasticsearch refused reconciled document {}", documents.get(i).id());
				default -> {
				}
			}
		}
		return applied;
	}

	// Ids only, never text; a first fill of an empty index would be a very long line.
	private static String ids(List<String> ids) {
		return (ids.size() <= LOGGED_IDS) ? ids.toString() : ids.subList(0, LOGGED_IDS) + "…";
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/**
	 * What one run corrected.
	 *
	 * @param backfilled ids written from the export
	 * @param removed ids tombstoned
	 */
	public record Result(List<String> backfilled, List<String> removed) {
	}

}
