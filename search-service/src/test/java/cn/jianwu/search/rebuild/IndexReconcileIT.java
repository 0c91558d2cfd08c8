package cn.jianwu.search.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.search.SearchApi;
import cn.jianwu.search.SearchTestServers;
import cn.jianwu.search.index.IndexWriter;
import cn.jianwu.search.index.ItemDocument;
import cn.jianwu.search.index.SearchIndexProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reconciliation on the real Elasticsearch against the rebuild test's list source (the
 * export's client has its own test in disclosure-service, {@code PublicItemExportIT}).
 * The index is written directly, as a lost event or a faulty rebuild would leave it, and
 * the runs are started by the test rather than by the schedule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.search.rebuild.page-size=2", "jianwu.search.reconcile.initial-delay=1h" })
@Import(IndexRebuildIT.Source.class)
class IndexReconcileIT {

	static SearchTestServers.Names names;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		names = SearchTestServers.register(registry, "reconcile");
		registry.add("jianwu.search.reconcile.enabled", () -> "true");
	}

	@LocalServerPort
	int port;

	@Autowired
	IndexReconciler reconciler;

	@Autowired
	IndexWriter writer;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	IndexRebuildIT.ListSource source;

	@Autowired
	MeterRegistry meters;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	SearchIndexProperties indexProperties;

	@Autowired
	RebuildProperties rebuildProperties;

	@Autowired
	ReconcileProperties properties;

	SearchApi api;

	@BeforeEach
	void indexReady() {
		this.api = new SearchApi(this.port);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.api.search().status() == 200);
	}

	@Test
	void driftIsBackfilledOrRemovedAndNothingHappensWithoutDrift() throws Exception {
		SearchApi api = this.api;
		String department = "对账-" + UUID.randomUUID();
		DisclosurePublished kept = item(1, "保持不变", department);
		DisclosurePublished older = item(1, "旧的修订", department);
		DisclosurePublished olderRevised = revised(older, 2, "新的修订");
		DisclosurePublished gone = item(1, "已不公开", department);
		DisclosurePublished newer = item(3, "索引更新", department);
		DisclosurePublished missing = item(1, "漏掉的事项", department);
		DisclosurePublished withdrawn = item(2, "已撤回", department);
		this.writer.write(List.of(document(kept), document(older), document(gone), document(newer),
				ItemDocument.tombstone(withdrawn.itemId(), 2)));
		// the export still lists the withdrawn revision: it was read before the
		// withdrawal
		this.source.items(List.of(kept, olderRevised, revised(newer, 2, "导出较旧"), missing, withdrawn));
		refresh();

		IndexReconciler.Result first = this.reconciler.reconcile();
		assertThat(first.backfilled()).containsExactlyInAnyOrder(older.itemId(), missing.itemId());
		// a live document the export lacks is removed only when the next run misses it
		// too
		assertThat(first.removed()).isEmpty();
		refresh();
		assertThat(titles(api, department)).containsExactlyInAnyOrder("保持不变", "新的修订", "已不公开", "索引更新", "漏掉的事项");
		assertThat(version(newer.itemId())).isEqualTo(3);

		IndexReconciler.Result second = this.reconciler.reconcile();
		assertThat(second.backfilled()).isEmpty();
		assertThat(second.removed()).containsExactly(gone.itemId());
		refresh();
		assertThat(titles(api, department)).containsExactlyInAnyOrder("保持不变", "新的修订", "索引更新", "漏掉的事项");
		GetResponse<ItemDocument> removed = get(gone.itemId());
		assertThat(removed.source().tombstone()).isTrue();
		assertThat(removed.version()).isEqualTo(1);
		// what the export cannot know about stays as it was
		assertThat(get(withdrawn.itemId()).source().tombstone()).isTrue();
		assertThat(get(withdrawn.itemId()).version()).isEqualTo(2);

		IndexReconciler.Result third = this.reconciler.reconcile();
		assertThat(third.backfilled()).isEmpty();
		assertThat(third.removed()).isEmpty();
		assertThat(counted("backfilled")).isEqualTo(2);
		assertThat(counted("removed")).isEqualTo(1);

		// an empty export (another database, a wrong address) takes nothing off the
		// portal
		this.source.items(List.of());
		assertThat(this.reconciler.reconcile().removed()).isEmpty();
		assertThat(this.reconciler.reconcile().removed()).isEmpty();
		refresh();
		assertThat(titles(api, department)).hasSize(4);
	}

	@Test
	void aRunWaitsForNoRebuildAndAnUnreachableSourceIsTriedAgainNextTime() throws Exception {
		assertThat(this.maintenance.tryAcquire()).isTrue();
		try {
			assertThat(this.reconciler.reconcile()).as("skipped while a rebuild runs").isNull();
		}
		finally {
			this.maintenance.release();
		}

		DisclosurePublished missing = item(1, "服务恢复后补录", "对账-" + UUID.randomUUID());
		AtomicBoolean down = new AtomicBoolean(true);
		PublicItemSource flaky = (after, size) -> {
			if (down.get()) {
				throw new ResourceAccessException("disclosure-service is down");
			}
			return new PublicItemSource.Page(List.of(exported(missing)), 1L, null);
		};
		IndexReconciler reconciler = new IndexReconciler(this.client, this.indexProperties, this.writer, flaky,
				this.rebuildProperties, this.properties, this.maintenance, new SimpleMeterRegistry());
		reconciler.runQuietly();
		assertThat(this.maintenance.tryAcquire()).as("released after a failed run").isTrue();
		this.maintenance.release();
		down.set(false);
		reconciler.runQuietly();
		assertThat(get(missing.itemId()).found()).isTrue();
		// the other test compares the whole index with its own export
		this.writer.write(List.of(ItemDocument.tombstone(missing.itemId(), 1)));
	}

	private void refresh() throws Exception {
		this.client.indices().refresh((r) -> r.index(names.alias()));
	}

	private List<String> titles(SearchApi api, String department) {
		return api.search("department", department).read("$.hits[*].title");
	}

	private GetResponse<ItemDocument> get(String id) throws Exception {
		return this.client.get((g) -> g.index(names.alias()).id(id), ItemDocument.class);
	}

	private long version(String id) throws Exception {
		return get(id).version();
	}

	private double counted(String action) {
		return this.meters.get("jianwu.search.reconciled").tag("action", action).counter().count();
	}

	private static ItemDocument document(DisclosurePublished item) {
		return IndexRebuild.document(exported(item));
	}

	private static PublicItemSource.Item exported(DisclosurePublished item) {
		return new PublicItemSource.Item(item.itemId(), item.revision(), item.title(), item.summary(), item.body(),
				item.category(), item.subKind(), item.department(), item.publishedAt(), item.portalUrl(),
				item.attachments());
	}

	private static DisclosurePublished item(int revision, String title, String department) {
		return new DisclosurePublished(UUID.randomUUID().toString(), revision, Category.OTHER, null, title, null,
				"<p>正文</p>", department, Visibility.PUBLIC, List.of(Channel.PORTAL),
				Instant.parse("2025-05-20T07:00:00Z"), null, List.of());
	}

	private static DisclosurePublished revised(DisclosurePublished item, int revision, String title) {
		return new DisclosurePublished(item.itemId(), revision, item.category(), item.subKind(), title, item.summary(),
				item.body(), item.department(), item.visibility(), item.channels(), item.publishedAt(),
				item.portalUrl(), item.attachments());
	}

}
