package cn.jianwu.channel.bulletin.screens;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.channel.bulletin.RunningBulletinService;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hall screens' event stream, read the way a screen's browser reads it (without a
 * browser), on the real broker and database: how fast an item appears and goes, what a
 * reconnecting screen gets, that internal items never get there, the delivery reports,
 * and the heartbeats behind the status page.
 */
class ScreenStreamIT extends RunningBulletinService {

	static final Duration WITHIN = Duration.ofSeconds(2);

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final List<Channel> ALL = List.of(Channel.values());

	AdminApi admin;

	@BeforeEach
	void api() {
		this.admin = new AdminApi(baseUrl());
	}

	@Test
	void aPublishedItemAppearsWithinTwoSecondsAndAWithdrawnOneDisappearsWithinTwo() throws Exception {
		String screen = this.admin.registerScreen("live", 10, Category.GOVERNMENT_AFFAIRS);
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			assertThat(stream.response().statusCode()).isEqualTo(200);
			stream.await("snapshot", PATIENCE);
			warmUp(stream, Category.GOVERNMENT_AFFAIRS);

			String itemId = UUID.randomUUID().toString();
			long published = System.nanoTime();
			this.events.send(item(itemId, 1, Category.GOVERNMENT_AFFAIRS, "关于举办检察开放日活动的公告", Visibility.PUBLIC, ALL));
			SseStream.Event shown = stream.await((event) -> event.name().equals("item") && event.isAbout(itemId),
					PATIENCE);
			Duration toScreen = Duration.ofNanos(shown.receivedAt() - published);
			assertThat(toScreen).as("from the published event to the screen").isLessThan(WITHIN);
			assertThat(shown.json().<String>read("$.title")).isEqualTo("关于举办检察开放日活动的公告");
			assertThat(shown.json().<String>read("$.categoryLabel")).isEqualTo("检察政务信息");
			assertThat(shown.json().<Integer>read("$.revision")).isEqualTo(1);
			assertThat(Long.parseLong(shown.id())).isPositive();

			ChannelDeliveryReported delivered = report(itemId, DeliveryStatus.DELIVERED);
			assertThat(delivered.externalRef().split(",")).contains(screen);

			long withdrawn = System.nanoTime();
			this.events.send(new DisclosureWithdrawn(itemId, 1, "信息有误", Instant.now()));
			SseStream.Event gone = stream.await((event) -> event.name().equals("withdrawn") && event.isAbout(itemId),
					PATIENCE);
			Duration offScreen = Duration.ofNanos(gone.receivedAt() - withdrawn);
			assertThat(offScreen).as("from the withdrawn event to the screen").isLessThan(WITHIN);
			assertThat(gone.json().<Integer>read("$.revision")).isEqualTo(1);
			report(itemId, DeliveryStatus.RETRACTED);
			System.out.printf("Screen latency: published→item %d ms, withdrawn→withdrawn %d ms%n", toScreen.toMillis(),
					offScreen.toMillis());
		}
	}

	@Test
	void aScreenThatReconnectsGetsASnapshotWithWhatChangedWhileItWasAway() {
		String screen = this.admin.registerScreen("again", 10, Category.OTHER);
		String early = UUID.randomUUID().toString();
		String lastEventId;
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			stream.await("snapshot", PATIENCE);
			this.events.send(item(early, 1, Category.OTHER, "早先的公告", Visibility.PUBLIC, ALL));
			lastEventId = stream.await((event) -> event.name().equals("item") && event.isAbout(early), PATIENCE).id();
		}

		String missed = UUID.randomUUID().toString();
		this.events.send(item(missed, 1, Category.OTHER, "离线期间发布的公告", Visibility.PUBLIC, ALL));
		this.events.send(new DisclosureWithdrawn(early, 1, "已过期", Instant.now()));
		anyReport(missed);
		report(early, DeliveryStatus.RETRACTED);

		try (SseStream stream = SseStream.open(eventsUrl(screen), lastEventId)) {
			SseStream.Event snapshot = stream.await((event) -> true, PATIENCE);
			assertThat(snapshot.name()).isEqualTo("snapshot");
			assertThat(Long.parseLong(snapshot.id())).isGreaterThan(Long.parseLong(lastEventId));
			List<String> ids = snapshot.json().read("$.items[*].id");
			assertThat(ids).contains(missed).doesNotContain(early);
			assertThat(snapshot.json().<String>read("$.screen.id")).isEqualTo(screen);
			assertThat(snapshot.json().<Integer>read("$.screen.secondsPerItem")).isEqualTo(10);
		}
	}

	@Test
	void anItemPublishedWhileTheStreamIsRecycledCountsAsShownOnceTheReconnectSnapshotCarriesIt()
			throws InterruptedException {
		String screen = this.admin.registerScreen("recycled", 10, Category.GOVERNMENT_AFFAIRS);
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			stream.await("snapshot", PATIENCE);
		}
		// the hub finds the stream gone at the next heartbeat, as when it is recycled
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(screen).<Boolean>read("$.online")).isFalse());

		String itemId = UUID.randomUUID().toString();
		this.events.send(item(itemId, 1, Category.GOVERNMENT_AFFAIRS, "换流期间发布的公告", Visibility.PUBLIC, ALL));
		// the page reconnects after the stream's retry time, inside the grace period
		Thread.sleep(ScreenConnection.RECONNECT_MILLIS / 2);
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			assertThat(stream.await("snapshot", PATIENCE).isAbout(itemId)).isTrue();
			assertThat(report(itemId, DeliveryStatus.DELIVERED).externalRef()).contains(screen);
		}
	}

	@Test
	void internalItemsAppearOnTheBulletinButNeverOnAScreen() {
		String screen = this.admin.registerScreen("internal", 10, Category.CASE_INFO);
		String internal = UUID.randomUUID().toString();
		String marker = UUID.randomUUID().toString();
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			stream.await("snapshot", PATIENCE);
			this.events.send(item(internal, 1, Category.CASE_INFO, "内部通知：案件质量评查安排", Visibility.INTERNAL, ALL));
			this.events.send(item(marker, 1, Category.CASE_INFO, "公开的案件信息", Visibility.PUBLIC, ALL));

			stream.await((event) -> event.name().equals("item") && event.isAbout(marker), PATIENCE);
			assertThat(report(internal, DeliveryStatus.SKIPPED).reason()).isEqualTo("内部事项，仅在局域网公告栏公布");
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(new ServiceProbe(this.port).get("/bulletin").body())
					.contains("内部通知：案件质量评查安排"));
			assertThat(stream.all()).noneMatch((event) -> event.isAbout(internal));
		}
		try (SseStream again = SseStream.open(eventsUrl(screen), null)) {
			SseStream.Event snapshot = again.await("snapshot", PATIENCE);
			assertThat(snapshot.isAbout(marker)).isTrue();
			assertThat(snapshot.isAbout(internal)).isFalse();
		}
	}

	@Test
	void withNoScreenOnlineStaffAreToldAndTheScreenCatchesUpWhenItConnects() {
		// No other test connects a screen that shows PERSONNEL.
		String screen = this.admin.registerScreen("away", 10, Category.PERSONNEL);
		String itemId = UUID.randomUUID().toString();
		this.events.send(item(itemId, 1, Category.PERSONNEL, "关于检察官遴选结果的公示", Visibility.PUBLIC, ALL));

		ChannelDeliveryReported failed = report(itemId, DeliveryStatus.FAILED);
		assertThat(failed.reason()).startsWith("显示屏均不在线：").contains(screen).endsWith("屏幕重新连接后将自动显示");
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			assertThat(stream.await("snapshot", PATIENCE).isAbout(itemId)).isTrue();
		}

		// Withdrawn while the screens are away; the ledger never counted it as delivered,
		// yet the screen must not show it when it comes back.
		this.events.send(new DisclosureWithdrawn(itemId, 1, "公示期满", Instant.now()));
		await().atMost(PATIENCE).untilAsserted(() -> {
			try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
				assertThat(stream.await("snapshot", PATIENCE).isAbout(itemId)).isFalse();
			}
		});
	}

	@Test
	void heartbeatsShowWhichScreensAreOnlineAndSinceWhen() {
		String screen = this.admin.registerScreen("beat", 10, Category.OTHER);
		assertThat(status(screen).<Boolean>read("$.online")).isFalse();
		assertThat(status(screen).<String>read("$.onlineSince")).isNull();

		Instant connected = Instant.now();
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			stream.await("snapshot", PATIENCE);
			stream.await("ping", PATIENCE);
			stream.await("ping", PATIENCE);
			var online = status(screen);
			assertThat(online.<Boolean>read("$.online")).isTrue();
			Instant since = Instant.parse(online.read("$.onlineSince"));
			Instant lastSeen = Instant.parse(online.read("$.lastSeen"));
			assertThat(since).isBetween(connected.minusSeconds(2), Instant.now());
			assertThat(lastSeen).isAfter(since);
		}
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(screen).<Boolean>read("$.online")).isFalse());
	}

	@Test
	void theDisplayPageShowsTheInstitutionAndTheItemsAndLoadsItsScriptFromAFile() {
		String screen = this.admin.registerScreen("page", 12, Category.OTHER);
		String itemId = UUID.randomUUID().toString();
		this.events.send(item(itemId, 1, Category.OTHER, "关于调整检察服务大厅开放时间的通知", Visibility.PUBLIC, ALL));
		anyReport(itemId);

		ServiceProbe probe = new ServiceProbe(this.port);
		HttpResponse<String> page = probe.get("/screens/" + screen);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'").contains("default-src 'none'"));
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(html.select(".institution .name").text()).isEqualTo("测试区人民检察院");
		assertThat(html.select("#clock-time")).hasSize(1);
		assertThat(html.body().attr("data-seconds")).isEqualTo("12");
		assertThat(html.body().attr("data-events")).isEqualTo("/screens/" + screen + "/events");
		assertThat(html.select(".item .title").eachText()).contains("关于调整检察服务大厅开放时间的通知");
		assertThat(html.select("#connection").text()).isEqualTo("连接中断，正在重连");
		assertThat(html.select("script")).isNotEmpty().allSatisfy((Element script) -> {
			assertThat(script.attr("src")).isNotBlank();
			assertThat(script.data()).isBlank();
		});
		assertThat(html.select("[onclick], [onload], [onerror]")).isEmpty();

		HttpResponse<String> script = probe.get(html.select("script").attr("src"));
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("new EventSource(");

		HttpResponse<String> unknown = probe.get("/screens/no-such-screen");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("未找到该显示屏");
		try (SseStream stream = SseStream.open(eventsUrl("no-such-screen"), null)) {
			assertThat(stream.response().statusCode()).isEqualTo(404);
		}
	}

	/** Waits until the delivery listener is assigned its partitions and delivers. */
	private void warmUp(SseStream stream, Category category) {
		String warmUp = UUID.randomUUID().toString();
		this.events.send(item(warmUp, 1, category, "预热", Visibility.PUBLIC, ALL));
		stream.await((event) -> event.name().equals("item") && event.isAbout(warmUp), Duration.ofSeconds(60));
	}

	private String eventsUrl(String screen) {
		return baseUrl() + "/screens/" + screen + "/events";
	}

	private com.jayway.jsonpath.DocumentContext status(String screen) {
		AdminApi.Response response = this.admin.asAdmin("GET", "/screens/admin/status", null);
		assertThat(response.status()).isEqualTo(200);
		List<Object> matching = response.json().read("$[?(@.id == '" + screen + "')]");
		assertThat(matching).hasSize(1);
		return com.jayway.jsonpath.JsonPath.parse(matching.get(0));
	}

	private static ChannelDeliveryReported report(String itemId, DeliveryStatus status) {
		return (ChannelDeliveryReported) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
					(event) -> event.payload() instanceof ChannelDeliveryReported report
							&& report.itemId().equals(itemId) && report.channel() == Channel.SCREENS
							&& report.status() == status,
					PATIENCE)
			.get(0)
			.event()
			.payload();
	}

	private static void anyReport(String itemId) {
		TestEvents.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
				(event) -> event.payload() instanceof ChannelDeliveryReported report && report.itemId().equals(itemId)
						&& report.channel() == Channel.SCREENS,
				PATIENCE);
	}

}
