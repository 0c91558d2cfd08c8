package cn.jianwu.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults on the running platform, with its own processes: the broker killed while staff
 * approve items, and channel-weibo killed while Weibo holds a post it has not answered
 * yet. Each ends when every item is delivered on every channel it chose, and checks on
 * the simulated accounts that nothing was posted twice.
 */
final class FaultsAcrossServices {

	private static final List<Channel> CHANNELS = List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT,
			Channel.BULLETIN);

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final LocalPlatform platform;

	private final String weibo;

	private final String wechat;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final StaffApi staff;

	FaultsAcrossServices(LocalPlatform platform, String gateway, String weibo, String wechat) {
		this.platform = platform;
		this.staff = new StaffApi(gateway);
		this.weibo = weibo;
		this.wechat = wechat;
	}

	/**
	 * Kills Kafka, drafts, submits and approves {@code items} items through the gateway
	 * while it is down, restarts it after {@code outage}, and waits for every delivery.
	 * @return what was measured, for the report
	 */
	String brokerOutage(String nonce, int items, Duration outage) throws Exception {
		String clerk = this.staff.token("clerk1");
		String head = this.staff.token("head1");
		String leader = this.staff.token("leader1");
		this.platform.kill("kafka");
		long down = System.nanoTime();
		List<UUID> ids = new ArrayList<>();
		List<Long> millis = new ArrayList<>();
		long restart;
		long up;
		try {
			for (int i = 0; i < items; i++) {
				ItemRequest request = item("系统故障演练公告（" + nonce + "-" + i + "）", CHANNELS);
				UUID id = timed(millis, (key) -> this.staff.create(clerk, request, IDEMPOTENCY_KEY, key)).id();
				ids.add(id);
				timed(millis, (key) -> this.staff.submit(clerk, id, IDEMPOTENCY_KEY, key));
				timed(millis, (key) -> this.staff.approve(head, id, "同意", IDEMPOTENCY_KEY, key));
				timed(millis, (key) -> this.staff.approve(leader, id, "同意发布", IDEMPOTENCY_KEY, key));
			}
			long left = outage.toMillis() - (System.nanoTime() - down) / 1_000_000;
			if (left > 0) {
				Thread.sleep(left);
			}
		}
		finally {
			// whatever happened, the tests after this one need their broker
			restart = System.nanoTime();
			this.platform.restart("kafka");
			up = System.nanoTime();
		}
		long slowest = millis.stream().mapToLong(Long::longValue).max().orElse(0);
		long overOneSecond = millis.stream().filter((ms) -> ms > 1000).count();
		// a loaded CI machine is slower than the fault suite's 1 s goal; a hang is not
		assertThat(slowest).as("the slowest request while the broker was down (ms)").isLessThan(5000);
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(ids).allSatisfy((id) -> assertDelivered(id, CHANNELS, leader)));
		long delivered = System.nanoTime();
		for (UUID id : ids) {
			assertThat(weiboPosts(id)).as("Weibo statuses of " + id).isEqualTo(1);
			assertThat(wechatArticles(id)).as("WeChat articles of " + id).isEqualTo(1);
		}
		return String.format(Locale.ROOT,
				"%d requests while the broker was down: slowest %d ms, %d over 1 s; broker back after %.0f s "
						+ "(restart took %.0f s); all %d items delivered on %s %.0f s later, each posted once",
				millis.size(), slowest, overOneSecond, (restart - down) / 1e9, (up - restart) / 1e9, items,
				CHANNELS.stream().map(Channel::id).toList(), (delivered - up) / 1e9);
	}

	/**
	 * Publishes an item to Weibo whose post Weibo makes but answers only after 20 s;
	 * kills channel-weibo while it waits, restarts it, and waits for the delivery.
	 * @return what was measured, for the report
	 */
	String weiboKilledMidCall(String nonce) throws Exception {
		String clerk = this.staff.token("clerk1");
		String leader = this.staff.token("leader1");
		String stub = simulator(this.weibo + "/__admin/mappings", "POST", """
				{"priority":1,
				 "request":{"method":"POST","urlPath":"/2/statuses/share.json",
				            "formParameters":{"status":{"contains":"%s"}}},
				 "response":{"status":200,"headers":{"Content-Type":"application/json;charset=UTF-8"},
				             "bodyFileName":"status.json","fixedDelayMilliseconds":20000,
				             "transformers":["response-template","weibo-account"]}}""".formatted(nonce));
		String stubId = JsonPath.read(stub, "$.id");
		UUID id;
		try {
			id = this.staff.create(clerk, item("检察开放日活动公告（" + nonce + "）", List.of(Channel.PORTAL, Channel.WEIBO)))
				.id();
			this.staff.submit(clerk, id);
			this.staff.approve(this.staff.token("head1"), id, "同意");
			this.staff.approve(leader, id, "同意发布");
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> shares(nonce) == 1);
			this.platform.kill("channel-weibo");
		}
		finally {
			simulator(this.weibo + "/__admin/mappings/" + stubId, "DELETE", null);
		}
		assertThat(weiboPosts(id)).as("Weibo made the post the adapter never heard of").isEqualTo(1);
		long restart = System.nanoTime();
		this.platform.restart("channel-weibo");
		long up = System.nanoTime();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertDelivered(id, List.of(Channel.WEIBO), leader));
		long delivered = System.nanoTime();
		assertThat(shares(nonce)).as("statuses/share calls for the item: the restarted adapter looked it up")
			.isEqualTo(1);
		assertThat(weiboPosts(id)).as("Weibo statuses of the item").isEqualTo(1);
		double resumed = (delivered - up) / 1e9;
		assertThat(resumed).as("seconds from the restart to the delivery").isLessThan(30);
		return String.format(Locale.ROOT,
				"channel-weibo killed mid-call: restarted in %.0f s, the post found on the timeline and DELIVERED "
						+ "%.1f s later, posted once",
				(up - restart) / 1e9, resumed);
	}

	private void assertDelivered(UUID id, List<Channel> channels, String token) throws Exception {
		StaffItem item = this.staff.item(token, id);
		for (Channel channel : channels) {
			assertThat(item.deliveries()).as(id + " on " + channel.id())
				.anySatisfy((delivery) -> assertThat(delivery)
					.extracting(StaffItem.Delivery::channel, StaffItem.Delivery::status)
					.containsExactly(channel, DeliveryState.DELIVERED));
		}
	}

	/** The simulated Weibo account's statuses that link to the item. */
	private int weiboPosts(UUID id) throws Exception {
		String timeline = simulator(this.weibo + "/2/statuses/user_timeline.json?access_token=system-test&count=100",
				"GET", null);
		List<String> texts = JsonPath.read(timeline, "$.statuses[*].text");
		return (int) texts.stream().filter((text) -> text.contains("/items/" + id)).count();
	}

	/** The simulated WeChat account's published articles that link to the item. */
	private int wechatArticles(UUID id) throws Exception {
		String token = JsonPath.read(
				simulator(this.wechat + "/cgi-bin/stable_token", "POST",
						"{\"grant_type\":\"client_credential\",\"appid\":\"system-test\",\"secret\":\"system-test\"}"),
				"$.access_token");
		int found = 0;
		for (int offset = 0;; offset += 20) {
			String page = simulator(this.wechat + "/cgi-bin/freepublish/batchget?access_token=" + token, "POST",
					"{\"offset\":" + offset + ",\"count\":20,\"no_content\":1}");
			List<String> sources = JsonPath.read(page, "$.item[*].content.news_item[*].content_source_url");
			found += (int) sources.stream().filter((source) -> source.endsWith("/items/" + id)).count();
			if (JsonPath.<Integer>read(page, "$.item_count") < 20) {
				return found;
			}
		}
	}

	/** statuses/share requests the simulated Weibo received for the nonce. */
	private int shares(String nonce) throws Exception {
		String count = simulator(this.weibo + "/__admin/requests/count", "POST", """
				{"method":"POST","urlPath":"/2/statuses/share.json","bodyPatterns":[{"contains":"%s"}]}"""
			.formatted(nonce));
		return JsonPath.read(count, "$.count");
	}

	private static ItemRequest item(String title, List<Channel> channels) {
		return new ItemRequest(title, "本院开展信息系统故障演练，演练期间各项服务照常。", "<p>本院定期开展信息系统故障演练。</p>", Category.GOVERNMENT_AFFAIRS,
				null, "公诉部", false, Term.AD_HOC, Visibility.PUBLIC, channels, null, null, null, null, null, null, null);
	}

	/**
	 * A staff request, timed, with the key a client would retry it with after a timeout.
	 */
	private StaffItem timed(List<Long> millis, KeyedRequest request) throws Exception {
		long started = System.nanoTime();
		try {
			return request.send(UUID.randomUUID().toString());
		}
		finally {
			millis.add((System.nanoTime() - started) / 1_000_000);
		}
	}

	@FunctionalInterface
	private interface KeyedRequest {

		StaffItem send(String idempotencyKey) throws Exception;

	}

	/**
	 * A request to a simulated third-party API (or its WireMock admin API) that must
	 * answer 2xx.
	 */
	private String simulator(String url, String method, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

}
