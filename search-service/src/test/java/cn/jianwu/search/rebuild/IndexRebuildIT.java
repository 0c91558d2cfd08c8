package cn.jianwu.search.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.search.SearchApi;
import cn.jianwu.search.SearchApi.Response;
import cn.jianwu.search.SearchTestServers;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.search.SearchApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's rebuild on the real Elasticsearch: a new versioned index filled from the
 * source while the public keeps searching, the alias swapped at once, the old index gone,
 * and nothing lost that happened meanwhile.
 * <p>
 * The source here is the test's list of items behind the rebuild's
 * {@link PublicItemSource} interface; disclosure-service's real export endpoint, which
 * the service reads in production, has its own test there ({@code PublicItemExportIT}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.search.rebuild.page-size=20", "jianwu.search.rebuild.settle=1500ms",
				"jianwu.search.rebuild.delete-delay=1s" })
@Import(IndexRebuildIT.Source.class)
class IndexRebuildIT {

	static final int SOURCE_SIZE = 240;

	static SearchTestServers.Names names;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		names = SearchTestServers.register(registry, "rebuild");
		TestStaffTokens.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ListSource source;

	SearchApi api;

	@BeforeEach
	void setUp() {
		this.api = new SearchApi(this.port);
		SearchTestServers.awaitIndexer(this.listeners, TestKafka.bootstrapServers(), this.events, this.api);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.api.search().status() == 200);
	}

	@Test
	void onlyAnAdminMayRebuild() {
		assertProblem(this.api.send("POST", RebuildController.PATH, null), 401, "unauthorized");
		assertProblem(this.api.send("POST", RebuildController.PATH, TestStaffTokens.of("clerk1", "CLERK")), 403,
				"forbidden");
		assertProblem(this.api.get(RebuildController.PATH, TestStaffTokens.of("clerk1", "CLERK")), 403, "forbidden");
		assertProblem(this.api.get(RebuildController.PATH, "not.a.token"), 401, "unauthorized");
	}

	@Test
	void aRebuildFillsANewIndexAndSwapsTheAliasWhileSearchesKeepWorking() throws Exception {
		String admin = TestStaffTokens.admin();
		// Before: an item that was withdrawn (its tombstone is in the current index), and
		// an item that the source has too.
		DisclosurePublished withdrawn = item(UUID.randomUUID().toString(), "关于撤回的公告", "办公室");
		this.events.send(withdrawn);
		this.events.send(new DisclosureWithdrawn(withdrawn.itemId(), 1, "信息有误", Instant.now()));
		List<DisclosurePublished> items = new ArrayList<>();
		for (int i = 1; i <= SOURCE_SIZE; i++) {
			items.add(item(UUID.randomUUID().toString(), "涉案财物处理结果公告（2025年第" + i + "期）", "案件管理部"));
		}
		DisclosurePublished changing = items.get(7);
		this.events.send(changing);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.search().<List<String>>read("$.hits[*].id"))
				.containsExactly(changing.itemId()));
		this.source.items(items);
		String before = currentIndex();

		Searcher searcher = new Searcher(this.api);
		searcher.start();
		Response started = this.api.send("POST", RebuildController.PATH, admin);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.<String>read("$.state")).isEqualTo("RUNNING");
		assertProblem(this.api.send("POST", RebuildController.PATH, admin), 409, "rebuild-running");

		// a revision published while the new index fills reaches the new index too
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.get(RebuildController.PATH, admin).<Integer>read("$.done") > 0);
		this.events.send(new DisclosureRevised(changing.itemId(), 2, 1, changing.category(), null,
				"涉案财物处理结果公告（2025年第8期，更正）", changing.summary(), changing.body(), changing.department(),
				Visibility.PUBLIC, List.of(Channel.PORTAL), Instant.now(), changing.portalUrl(), List.of()));

		await().atMost(Duration.ofSeconds(120))
			.until(() -> !"RUNNING".equals(this.api.get(RebuildController.PATH, admin).read("$.state")));
		searcher.stop();

		Response progress = this.api.get(RebuildController.PATH, admin);
		assertThat(progress.<String>read("$.state")).as(progress.body()).isEqualTo("DONE");
		assertThat(progress.<Integer>read("$.total")).isEqualTo(SOURCE_SIZE);
		assertThat(progress.<Integer>read("$.done")).isEqualTo(SOURCE_SIZE);
		assertThat(progress.<Integer>read("$.indexed")).isEqualTo(SOURCE_SIZE);
		assertThat(progress.<Double>read("$.rate")).isPositive();
		assertThat(progress.<String>read("$.previousIndex")).isEqualTo(before).isEqualTo(names.alias() + "-v1");
		assertThat(progress.<String>read("$.index")).isEqualTo(names.alias() + "-v2");

		// the count equals the source, and no search failed during the rebuild
		assertThat(this.api.search().<Integer>read("$.total")).isEqualTo(SOURCE_SIZE);
		assertThat(searcher.failures).as("failed searches during the rebuild").isEmpty();
		assertThat(searcher.searches.get()).isGreaterThan(10);
		assertThat(currentIndex()).isEqualTo(names.alias() + "-v2");
		assertThat(this.client.indices().exists((e) -> e.index(before)).value()).isFalse();
		assertThat(this.client.indices().existsAlias((e) -> e.name(names.alias() + "-rebuild")).value()).isFalse();

		// nothing lost that happened meanwhile, and withdrawn items stay withdrawn
		assertThat(this.api.search("q", "第8期").<String>read("$.hits[0].title")).isEqualTo("涉案财物处理结果公告（2025年第8期，更正）");
		this.events.send(withdrawn);
		DisclosurePublished marker = item(UUID.randomUUID().toString(), "顺序标记", "办公室");
		this.events.send(marker);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.search("department", "办公室").<List<String>>read("$.hits[*].id"))
				.containsExactly(marker.itemId()));
	}

	private String currentIndex() throws Exception {
		Map<String, ?> indices = this.client.indices().getAlias((a) -> a.name(names.alias())).result();
		assertThat(indices).hasSize(1);
		return indices.keySet().iterator().next();
	}

	private static DisclosurePublished item(String id, String title, String department) {
		return new DisclosurePublished(id, 1, Category.CASE_INFO, "SEIZED_PROPERTY", title, "公布扣押、冻结涉案财物的处理结果。",
				"<p>扣押的现金已依法返还被害人；扣押的车辆随案移送人民法院。</p>", department, Visibility.PUBLIC, List.of(Channel.PORTAL),
				Instant.parse("2025-05-20T07:00:00Z"), "http://localhost:8080/items/" + id, List.of());
	}

	/** Searches one after another and keeps every answer that was not a 200. */
	static final class Searcher {

		final List<String> failures = new CopyOnWriteArrayList<>();

		final AtomicInteger searches = new AtomicInteger();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread thread;

		Searcher(SearchApi api) {
			this.thread = new Thread(() -> {
				while (this.running.get()) {
					Response response = api.search("q", "涉案财物");
					this.searches.incrementAndGet();
					if (response.status() != 200) {
						this.failures.add(response.toString());
					}
				}
			}, "searcher");
		}

		void start() {
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.thread.join(30_000);
		}

	}

	/**
	 * The test's source: the items it is given, as disclosure-service's export pages
	 * them, a little slowly, as over a network.
	 */
	static final class ListSource implements PublicItemSource {

		private volatile List<DisclosurePublished> items = List.of();

		void items(List<DisclosurePublished> items) {
			this.items = List.copyOf(items);
		}

		@Override
		public Page page(String after, int size) {
			int from = (after != null) ? Integer.parseInt(after) : 0;
			List<DisclosurePublished> all = this.items;
			List<Item> page = all.subList(from, Math.min(all.size(), from + size))
				.stream()
				.map((p) -> new Item(p.itemId(), p.revision(), p.title(), p.summary(), p.body(), p.category(),
						p.subKind(), p.department(), p.publishedAt(), p.portalUrl(), p.attachments()))
				.toList();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			String next = (from + size < all.size()) ? String.valueOf(from + size) : null;
			return new Page(page, (after == null) ? (long) all.size() : null, next);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Source {

		@Bean
		@Primary
		ListSource listSource() {
			return new ListSource();
		}

	}

}
