package cn.jianwu.search.rebuild;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.web.Problems;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import cn.jianwu.search.index.IndexWriter;
import cn.jianwu.search.index.ItemDocument;
import cn.jianwu.search.index.SearchIndex;
import cn.jianwu.search.index.SearchIndexProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Rebuilds the public index from disclosure-service without search downtime: fills a new
 * versioned index ({@code disclosures-v<N+1>}) from the export while searches keep using
 * the old one, carries over the old index's tombstones, then points the alias at the new
 * index in one atomic {@code _aliases} request and deletes the old index.
 * <p>
 * While the new index fills, it is reachable through the rebuild alias, and the indexer
 * writes every change through that alias as well. With revisions as external versions the
 * two writers cannot undo each other: whichever writes an older revision second is
 * refused. One rebuild runs at a time, in the background, on the instance that was asked.
 */
@Component
@EnableConfigurationProperties(RebuildProperties.class)
public class IndexRebuild implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private static final int TOMBSTONE_PAGE = 1000;

	private final ElasticsearchClient client;

	private final SearchIndex index;

	private final SearchIndexProperties indexProperties;

	private final IndexWriter writer;

	private final PublicItemSource source;

	private final RebuildProperties properties;

	private final IndexMaintenance maintenance;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<RebuildRun> current = new AtomicReference<>();

	IndexRebuild(ElasticsearchClient client, SearchIndex index, SearchIndexProperties indexProperties,
			IndexWriter writer, PublicItemSource source, RebuildProperties properties, IndexMaintenance maintenance) {
		this.client = client;
		this.index = index;
		this.indexProperties = indexProperties;
		this.writer = writer;
		this.source = source;
		this.properties = properties;
		this.maintenance = maintenance;
	}

	/**
	 * Starts a rebuild in the background.
	 * @return its progress so far
	 * @throws ErrorResponseException 409 when one is running already
	 */
	public synchronized RebuildProgress start() {
		RebuildRun running = this.current.get();
		if (running != null && running.running()) {
			throw new ErrorResponseException(HttpStatus.CONFLICT,
					Problems.of(HttpStatus.CONFLICT, "rebuild-running", "索引重建正在进行", "上一次索引重建尚未完成，请等待其完成后再试；可查询重建进度。"),
					null);
		}
		RebuildRun run = new RebuildRun();
		this.current.set(run);
		this.executor.execute(() -> runAlone(run));
		return run.progress();
	}

	/** The progress of the latest rebuild since the service started. */
	public RebuildProgress progress() {
		RebuildRun run = this.current.get();
		return (run != null) ? run.progress() : RebuildProgress.idle();
	}

	// A reconciliation compares with the index the rebuild is about to replace: wait for
	// one that is running to end.
	private void runAlone(RebuildRun run) {
		try {
			this.maintenance.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abandon(run, null, "服务正在停止，索引重建已中止。", ex);
			return;
		}
		try {
			run(run);
		}
		finally {
			this.maintenance.release();
		}
	}

	private void run(RebuildRun run) {
		String target = null;
		try {
			this.index.ensureExists();
			String previous = this.index.currentIndex().orElse(null);
			removeLeftovers(previous);
			target = this.index.createVersion(this.index.highestVersion() + 1, this.indexProperties.rebuildAlias());
			run.indices(target, previous);
			log.info("Rebuilding the search index into {} (searches use {} meanwhile)", target, previous);
			this.client.indices()
				.putSettings((s) -> s.index(this.indexProperties.rebuildAlias())
					.settings((settings) -> settings.refreshInterval((t) -> t.time("-1"))));
			Thread.sleep(this.properties.settle().toMillis());
			fill(run, target);
			if (previous != null) {
				run.phase("TOMBSTONES");
				copyTombstones(previous, target);
			}
			run.phase("SWAPPING");
			long indexed = swap(previous, target);
			run.done(indexed);
			log.info("Search index rebuilt: {} now serves {} items ({} read from disclosure-service)", target, indexed,
					run.progress().done());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abandon(run, target, "服务正在停止，索引重建已中止。", ex);
		}
		catch (ElasticsearchUnavailableException | IOException ex) {
			abandon(run, target, "检索集群暂时不可用，索引重建已中止，原索引继续提供检索。请稍后重试。", ex);
		}
		catch (RuntimeException ex) {
			abandon(run, target, "读取公开事项或写入新索引失败，索引重建已中止，原索引继续提供检索。请查看检索服务日志后重试。", ex);
		}
	}

	private void fill(RebuildRun run, String target) {
		run.filling();
		String after = null;
		do {
			PublicItemSource.Page page = this.source.page(after, this.properties.pageSize());
			run.total(page.total());
			this.writer.writeTo(target, page.items().stream().map(IndexRebuild::document).toList());
			run.written(page.items().size());
			after = page.next();
		}
		while (after != null);
	}

	static ItemDocument document(PublicItemSource.Item item) {
		return ItemDocument.published(item.id(), item.revision(), item.category(), item.subKind(), item.title(),
				item.summary(), item.body(), item.department(), item.publishedAt(), item.portalUrl(),
				item.attachments().stream().map(AttachmentRef::fileName).toList());
	}

	// The export has no withdrawn items; without their tombstones an old event replayed
	// later could bring them back into the new index.
	private void copyTombstones(String previous, String target) throws IOException {
		List<FieldValue> after = null;
		int copied = 0;
		while (true) {
			List<FieldValue> searchAfter = after;
			SearchResponse<Tombstone> page = this.client.search((s) -> {
				s.index(previous)
					.size(TOMBSTONE_PAGE)
					.query((q) -> q.term((t) -> t.field("tombstone").value(true)))
					.source((src) -> src.filter((f) -> f.includes("id", "revision")))
					.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
				if (searchAfter != null) {
					s.searchAfter(searchAfter);
				}
				return s;
			}, Tombstone.class);
			List<Hit<Tombstone>> hits = page.hits().hits();
			if (hits.isEmpty()) {
				break;
			}
			List<ItemDocument> tombstones = new ArrayList<>(hits.size());
			for (Hit<Tombstone> hit : hits) {
				tombstones.add(ItemDocument.tombstone(hit.source().id(), hit.source().revision()));
			}
			this.writer.writeTo(target, tombstones);
			copied += hits.size();
			after = hits.get(hits.size() - 1).sort();
		}
		log.info("Carried {} tombstones over from {} to {}", copied, previous, target);
	}

	private long swap(String previous, String target) throws IOException, InterruptedException {
		String alias = this.indexProperties.alias();
		this.client.indices()
			.putSettings((s) -> s.index(target).settings((settings) -> settings.refreshInterval((t) -> t.time("1s"))));
		this.client.indices().refresh((r) -> r.index(target));
		// One request: searches see either the old index or the new one, never neither.
		this.client.indices().updateAliases((request) -> {
			if (previous != null) {
				request.actions((a) -> a.remove((r) -> r.index(previous).alias(alias)));
			}
			return request.actions((a) -> a.add((add) -> add.index(target).alias(alias).isWriteIndex(true)))
				.actions((a) -> a.remove((r) -> r.index(target).alias(this.indexProperties.rebuildAlias())));
		});
		this.index.indexChanged();
		long indexed = this.client
			.count((c) -> c.index(target)
				.query((q) -> q.bool((b) -> b.mustNot((n) -> n.term((t) -> t.field("tombstone").value(true))))))
			.count();
		if (previous != null) {
			Thread.sleep(this.properties.deleteDelay().toMillis());
			this.client.indices().delete((d) -> d.index(previous));
		}
		return indexed;
	}

	// An index of a rebuild that did not finish (the service stopped halfway) is neither
	// searched nor complete: remove it before starting again.
	private void removeLeftovers(String current) throws IOException {
		for (String leftover : this.client.indices()
			.get((g) -> g.index(this.indexProperties.alias() + "-v*"))
			.result()
			.keySet()) {
			if (!leftover.equals(current)) {
				log.warn("Deleting {}, left over by a rebuild that did not finish", leftover);
				this.client.indices().delete((d) -> d.index(leftover));
			}
		}
	}

	private void abandon(RebuildRun run, String target, String reason, Exception cause) {
		log.error("Search index rebuild failed; searches keep using the current index", cause);
		run.failed(reason);
		if (target != null) {
			String unfinished = target;
			try {
				this.client.indices().delete((d) -> d.index(unfinished));
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not delete the unfinished index {} (the next rebuild removes it): {}", unfinished,
						ex.toString());
			}
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** What a tombstone copy reads. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Tombstone(String id, int revision) {
	}

}
