package cn.jianwu.channel.bulletin.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.channel.bulletin.screens.AdminApi;
import cn.jianwu.channel.bulletin.screens.SseStream;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestStaffTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's and the screens' stores put out of step with disclosure-service's export
 * (played by WireMock, two items a page) and brought back by the reconciliation: a
 * deleted row comes back, a stale revision is replaced, an extra row goes at the second
 * run, an item withdrawn at the exported revision stays withdrawn, one published again
 * after its withdrawal comes back, and an internal item the export cannot list stays on
 * the board. A connected screen gets each repair as it happens.
 * <p>
 * A context of its own, on a schema of its own and with its Kafka listeners stopped, so
 * that nothing but the reconciliation writes to the stores, and its runs are started by
 * the test rather than by the schedule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.schema=bulletin_reconcile_it",
				"spring.flyway.schemas=bulletin_reconcile_it", "spring.flyway.default-schema=bulletin_reconcile_it",
				"spring.kafka.listener.auto-startup=false", "jianwu.bulletin.reconcile.initial-delay=1h",
				"jianwu.bulletin.reconcile.page-size=2", "jianwu.screens.heartbeat=1s" })
@DirtiesContext
class StoreReconcileIT {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final int PAGE_SIZE = 2;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final WireMockServer EXPORT = started();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
		TestStaffTokens.register(registry);
		registry.add("jianwu.bulletin.reconcile.source-url", EXPORT::baseUrl);
	}

	@AfterAll
	static void stopExport() {
		EXPORT.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	StoreReconciler reconciler;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void lostStaleAndExtraItemsAreRepairedOnTheBoardAndOnAConnectedScreen() {
		PublicItemSource.Item kept = item(1, "保持不变的公告");
		PublicItemSource.Item lost = item(1, "丢失后补回的公告");
		PublicItemSource.Item stale = item(1, "旧的修订");
		PublicItemSource.Item extra = item(1, "已不再公开的公告");
		PublicItemSource.Item withdrawn = item(3, "已撤回的公告");
		PublicItemSource.Item republished = item(1, "撤回后重新发布的公告");
		List<PublicItemSource.Item> before = List.of(kept, lost, stale, extra, withdrawn, republished);
		export(before, before);
		Map<String, Reconciliation.Result> fill = this.reconciler.reconcile();
		assertThat(fill.get("bulletin").added()).hasSize(6);
		assertThat(fill.get("screens").added()).hasSize(6);

		// Out of step, as lost events, a restored database or a missed withdrawal leave
		// it.
		String internal = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO bulletin_entry (item_id, revision, category, title, visibility, published_at)
				VALUES (:id, 1, 'OTHER', '内部通知', 'INTERNAL', now())
				""").param("id", internal).update();
		for (String table : List.of("bulletin_entry", "screen_item")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE item_id = :id").param("id", lost.id()).update();
			this.jdbc.sql("UPDATE " + table + " SET withdrawn = TRUE WHERE item_id IN (:ids)")
				.param("ids", List.of(withdrawn.id(), republished.id()))
				.update();
		}
		PublicItemSource.Item newer = revised(stale, 2, "新的修订");
		PublicItemSource.Item again = revised(republished, 2, "撤回后重新发布的公告（修订）");
		List<PublicItemSource.Item> after = List.of(kept, lost, newer, withdrawn, again);
		export(after, after);

		String screen = new AdminApi(baseUrl()).registerScreen("reconcile", 10, Category.OTHER);
		try (SseStream stream = SseStream.open(baseUrl() + "/screens/" + screen + "/events", null)) {
			stream.await("snapshot", PATIENCE);

			Map<String, Reconciliation.Result> first = this.reconciler.reconcile();
			for (String store : List.of("bulletin", "screens")) {
				assertThat(first.get(store).added()).as(store).containsExactly(lost.id());
				assertThat(first.get(store).updated()).as(store).containsExactlyInAnyOrder(newer.id(), again.id());
				assertThat(first.get(store).removed()).as(store + ": not before a second run misses it").isEmpty();
			}
			assertThat(
					stream.await((e) -> e.name().equals("item") && e.isAbout(lost.id()), PATIENCE).isAbout(lost.id()))
				.isTrue();
			SseStream.Event updated = stream.await((e) -> e.name().equals("item") && e.isAbout(newer.id()), PATIENCE);
			assertThat(updated.json().<String>read("$.title")).isEqualTo("新的修订");
			stream.await((e) -> e.name().equals("item") && e.isAbout(again.id()), PATIENCE);
			assertThat(board()).contains(lost.id(), newer.id(), again.id(), extra.id(), internal)
				.doesNotContain(withdrawn.id());
			assertThat(boardTitle(newer.id())).isEqualTo("新的修订");

			Map<String, Reconciliation.Result> second = this.reconciler.reconcile();
			for (String store : List.of("bulletin", "screens")) {
				assertThat(second.get(store).backfilled()).as(store).isEmpty();
				assertThat(second.get(store).removed()).as(store).containsExactly(extra.id());
			}
			stream.await((e) -> e.name().equals("withdrawn") && e.isAbout(extra.id()), PATIENCE);
			assertThat(board()).contains(kept.id(), lost.id(), newer.id(), again.id(), internal)
				.doesNotContain(extra.id(), withdrawn.id());
			assertThat(stream.all()).noneMatch((e) -> e.name().equals("item") && e.isAbout(withdrawn.id()));
		}
		try (SseStream again2 = SseStream.open(baseUrl() + "/screens/" + screen + "/events", null)) {
			List<String> shown = again2.await("snapshot", PATIENCE).json().read("$.items[*].id");
			assertThat(shown).containsExactlyInAnyOrder(kept.id(), lost.id(), newer.id(), again.id());
		}

		Map<String, Reconciliation.Result> third = this.reconciler.reconcile();
		assertThat(third.values()).hasSize(2).noneMatch(Reconciliation.Result::fixedAnything);
		assertThat(counted("bulletin", "added")).isEqualTo(7);
		assertThat(counted("bulletin", "updated")).isEqualTo(2);
		assertThat(counted("bulletin", "removed")).isEqualTo(1);
		assertThat(counted("screens", "added")).isEqualTo(7);
		assertThat(counted("screens", "removed")).isEqualTo(1);

		// disclosure-service away: the run fails quietly, changes nothing, and the next
		// one tries again
		EXPORT.resetMappings();
		assertThat(this.reconciler.reconcile()).isEmpty();
		assertThat(board()).contains(kept.id(), internal);
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private List<String> board() {
		String items = new ServiceProbe(this.port).get("/bulletin/items?limit=200").body();
		return JsonPath.parse(items).read("$[*].itemId");
	}

	private String boardTitle(String id) {
		return this.jdbc.sql("SELECT title FROM bulletin_entry WHERE item_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private double counted(String store, String action) {
		return this.meters.get("jianwu.bulletin.reconciled")
			.tag("store", store)
			.tag("action", action)
			.counter()
			.count();
	}

	/** Serves the two channels' exports as disclosure-service pages them. */
	private static void export(List<PublicItemSource.Item> bulletin, List<PublicItemSource.Item> screens) {
		EXPORT.resetMappings();
		pages(Channel.BULLETIN, bulletin);
		pages(Channel.SCREENS, screens);
	}

	private static void pages(Channel channel, List<PublicItemSource.Item> items) {
		String after = null;
		for (int from = 0; from < items.size() || from == 0; from += PAGE_SIZE) {
			List<PublicItemSource.Item> page = items.subList(from, Math.min(items.size(), from + PAGE_SIZE));
			boolean last = from + PAGE_SIZE >= items.size();
			String next = last ? null : page.get(page.size() - 1).id();
			Long total = (after == null) ? (long) items.size() : null;
			EXPORT.stubFor(
					get(urlPathEqualTo("/api/public/items/export")).withQueryParam("channel", equalTo(channel.id()))
						.withQueryParam("size", equalTo(String.valueOf(PAGE_SIZE)))
						.withQueryParam("after", (after == null) ? absent() : equalTo(after))
						.willReturn(okJson(JSON.writeValueAsString(new PublicItemSource.Page(page, total, next)))));
			after = next;
			if (last) {
				break;
			}
		}
	}

	private static PublicItemSource.Item item(int revision, String title) {
		return new PublicItemSource.Item(UUID.randomUUID().toString(), revision, title, "摘要：" + title, "<p>正文</p>",
				Category.OTHER, null, "办公室", Instant.parse("2026-11-20T02:00:00Z"), null, List.of());
	}

	private static PublicItemSource.Item revised(PublicItemSource.Item item, int revision, String title) {
		return new PublicItemSource.Item(item.id(), revision, title, item.summary(), item.body(), item.category(),
				item.subKind(), item.department(), item.publishedAt(), item.portalUrl(), item.attachments());
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

}
