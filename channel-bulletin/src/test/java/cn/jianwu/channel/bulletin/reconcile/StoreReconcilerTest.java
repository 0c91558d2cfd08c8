package cn.jianwu.channel.bulletin.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciler over both stores, on stores in memory and exports in memory: each store
 * against its own channel's export, counted by store and action, and a store whose export
 * fails does not hold up the other.
 */
class StoreReconcilerTest {

	final ReconcileProperties properties = new ReconcileProperties(true, "http://127.0.0.1:1", 2, Duration.ofSeconds(1),
			Duration.ofSeconds(20), Duration.ofMinutes(10));

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final Store bulletin = new Store(Channel.BULLETIN);

	final Store screens = new Store(Channel.SCREENS);

	final Map<Channel, List<PublicItemSource.Item>> exports = new LinkedHashMap<>();

	final StoreReconciler reconciler = new StoreReconciler(List.of(this.screens, this.bulletin), this.properties,
			this.meters, (channel) -> (after, size) -> {
				List<PublicItemSource.Item> items = this.exports.get(channel);
				if (items == null) {
					throw new IllegalStateException("disclosure-service is away");
				}
				return new PublicItemSource.Page(items, (long) items.size(), null);
			});

	@Test
	void eachStoreIsComparedWithItsOwnChannelAndCountedByStoreAndAction() {
		this.bulletin.hold("stale", 1, true);
		this.bulletin.hold("extra", 1, true);
		this.screens.hold("extra", 1, true);
		this.exports.put(Channel.BULLETIN, List.of(item("new", 1), item("stale", 2)));
		this.exports.put(Channel.SCREENS, List.of(item("new", 1)));

		Map<String, Reconciliation.Result> first = this.reconciler.reconcile();
		assertThat(first).containsOnlyKeys("bulletin", "screens");
		assertThat(first.get("bulletin").added()).containsExactly("new");
		assertThat(first.get("bulletin").updated()).containsExactly("stale");
		assertThat(first.get("screens").added()).containsExactly("new");
		assertThat(this.screens.written).containsExactly("new");

		Map<String, Reconciliation.Result> second = this.reconciler.reconcile();
		assertThat(second.get("bulletin").removed()).containsExactly("extra");
		assertThat(second.get("screens").removed()).containsExactly("extra");

		assertThat(counted("bulletin", "added")).isEqualTo(2);
		assertThat(counted("bulletin", "updated")).isEqualTo(2);
		assertThat(counted("bulletin", "removed")).isEqualTo(1);
		assertThat(counted("screens", "added")).isEqualTo(2);
		assertThat(counted("screens", "removed")).isEqualTo(1);
	}

	@Test
	void aStoreWhoseExportFailsDoesNotHoldUpTheOther() {
		this.exports.put(Channel.SCREENS, List.of(item("new", 1)));

		Map<String, Reconciliation.Result> results = this.reconciler.reconcile();
		assertThat(results).containsOnlyKeys("screens");
		assertThat(this.screens.written).containsExactly("new");
		assertThat(this.bulletin.written).isEmpty();
	}

	private double counted(String store, String action) {
		return this.meters.get("jianwu.bulletin.reconciled")
			.tag("store", store)
			.tag("action", action)
			.counter()
			.count();
	}

	private static PublicItemSource.Item item(String id, int revision) {
		return new PublicItemSource.Item(id, revision, "标题", null, "正文", Category.OTHER, null, "办公室", Instant.EPOCH,
				null, List.of());
	}

	/** A store in memory that takes every write and keeps what it holds as it was. */
	static final class Store implements ReconciledStore {

		private final Channel channel;

		private final Reconciliation.Held.Builder held = new Reconciliation.Held.Builder();

		final List<String> written = new ArrayList<>();

		Store(Channel channel) {
			this.channel = channel;
		}

		void hold(String id, int revision, boolean live) {
			this.held.add(id, revision, live);
		}

		@Override
		public Channel channel() {
			return this.channel;
		}

		@Override
		public Reconciliation.Held held() {
			return this.held.build();
		}

		@Override
		public List<String> backfill(List<PublicItemSource.Item> items) {
			List<String> ids = items.stream().map(PublicItemSource.Item::id).toList();
			this.written.addAll(ids);
			return ids;
		}

		@Override
		public List<String> remove(Map<String, Integer> items) {
			return List.copyOf(items.keySet());
		}

	}

}
