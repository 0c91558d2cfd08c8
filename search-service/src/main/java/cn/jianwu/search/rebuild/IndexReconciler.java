package cn.jianwu.search.rebuild;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;
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
 * One run reads the ids and revisions of the documents first, then compares them with the
 * export by the platform's rule ({@link Reconciliation}): what the index lacks or holds
 * older is written as a rebuild writes it; a live document the export lacks in two runs
 * in a row is removed, as a tombstone at the revision the index holds (as a withdrawal
 * is), so a newer revision published meanwhile wins. Tombstones are never compared: the
 * export does not list withdrawn items, so it cannot tell whether a tombstone is right.
 */
@Component
@EnableConfigurationProperties(ReconcileProperties.class)
public class IndexReconciler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

	private static final int LOGGED_IDS = 100;

	private final ElasticsearchClient client;

	private final SearchIndexProperties indexProperties;

	private final IndexWriter writer;

	private final ReconcileProperties properties;

	private final IndexMaintenance maintenance;

	private final Reconciliation reconciliation;

	private final Counter backfilled;

	private final Counter removed;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-reconcile");
		thread.setDaemon(true);
		return thread;
	});

	IndexReconciler(ElasticsearchClient client, SearchIndexProperties indexProperties, IndexWriter writer,
			PublicItemSource source, RebuildProperties rebuildProperties, ReconcileProperties properties,
			IndexMaintenance maintenance, MeterRegistry registry) {
		this.client = client;
		this.indexProperties = indexProperties;
		this.writer = writer;
		this.properties = properties;
		this.maintenance = maintenance;
		this.reconciliation = new Reconciliation("search index", source, rebuildProperties.pageSize());
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
			Reconciliation.Result run = this.reconciliation.run(new Reconciliation.Held(indexed.all(), indexed.live()),
					new IndexRepairs());
			log.info(
					"Search index reconciled with disclosure-service's export ({} live, {} exported): "
							+ "backfilled {} {}, removed {} {}",
					indexed.live().size(), run.exported(), run.backfilled().size(), ids(run.backfilled()),
					run.removed().size(), ids(run.removed()));
			return new Result(run.backfilled(), run.removed());
		}
		catch (ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
		finally {
			this.maintenance.release();
		}
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

	/** Writes as a rebuild writes, counted page by page. */
	private final class IndexRepairs implements Reconciliation.Repairs {

		@Override
		public List<String> backfill(List<PublicItemSource.Item> items) {
			List<String> written = write(items.stream().map(IndexRebuild::document).toList());
			IndexReconciler.this.backfilled.increment(written.size());
			return written;
		}

		@Override
		public List<String> remove(Map<String, Integer> items) {
			List<ItemDocument> tombstones = new ArrayList<>();
			items.forEach((id, revision) -> tombstones.add(ItemDocument.tombstone(id, revision)));
			List<String> written = write(tombstones);
			IndexReconciler.this.removed.increment(written.size());
			return written;
		}

	}

}
