package cn.jianwu.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualState;
import cn.jianwu.reports.api.annual.AnnualTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual report on disclosure work across the real platform, through the gateway with
 * the demo accounts: the office (clerk2, 办公室) generates it from report-service's read
 * model, writes its overview and submits it; as an important item of government affairs
 * it goes to the office's section head, the division leader and the chief; once approved
 * it reaches every channel, and report-service sees it published.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportAcrossServicesIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	/**
	 * The hall screen the demo registers: a screen must be online for the screens channel
	 * to deliver.
	 */
	private static final String HALL_SCREEN = "http://127.0.0.1:8086/screens/hall-1/events";

	/** WeChat's DELIVERED comes after its publish-result poll. */
	private static final Duration EVERY_CHANNEL = Duration.ofSeconds(60);

	private final StaffApi staff = new StaffApi(GATEWAY);

	@BeforeAll
	void platformIsUp(SharedPlatform.Running platform) {
		// The parameter makes JUnit start the shared platform; the test uses its gateway.
	}

	@Test
	void theOfficesReportGoesThroughTheChainAndIsPublishedOnEveryChannel() throws Exception {
		// A year of its own: a platform kept from an earlier run may have this year's
		// report submitted already, and a submitted report is not generated again.
		int year = ThreadLocalRandom.current().nextInt(2100, 2999);
		String path = "/api/reports/annual/" + year;
		TokenResponse office = this.staff.login("clerk2");
		String token = office.accessToken();

		AnnualReportView draft = report(this.staff.send("POST", path, token, null));
		assertThat(draft.state()).isEqualTo(AnnualState.DRAFT);
		assertThat(draft.figures().channels()).hasSize(Channel.values().length);
		String overview = "本年度，本院坚持以公开为原则、不公开为例外，通过五个渠道主动公开检务信息（系统测试" + year + "）。";
		this.staff.send("PUT", path, token, StaffApi
			.json(new AnnualTexts(overview, "无。", "个别定期公开信息发布不够及时，已建立公开任务提醒。", "无。", draft.texts().version())));
		AnnualReportView submitted = report(this.staff.send("POST", path + "/submit", token, null));
		assertThat(submitted.state()).isEqualTo(AnnualState.SUBMITTED);
		UUID item = UUID.fromString(submitted.itemId());

		StaffItem drafted = this.staff.item(token, item);
		assertThat(drafted.category()).isEqualTo(Category.GOVERNMENT_AFFAIRS);
		assertThat(drafted.important()).isTrue();
		assertThat(drafted.department()).isEqualTo(office.department());
		assertThat(drafted.channels()).containsExactlyInAnyOrder(Channel.values());
		assertThat(drafted.body()).contains(overview, "二、主动公开信息情况", "<table>");

		// The hall screen is on, as it is in the hall.
		CompletableFuture<HttpResponse<Stream<String>>> screen = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create(HALL_SCREEN)).build(), HttpResponse.BodyHandlers.ofLines());
		try {
			this.staff.approve(this.staff.token("head2"), item, "同意，报分管领导审批。");
			this.staff.approve(this.staff.token("leader1"), item, "同意，报检察长审批。");
			this.staff.approve(this.staff.token("chief"), item, "同意发布。");

			await().atMost(EVERY_CHANNEL).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				Map<Channel, DeliveryState> board = this.staff.item(token, item)
					.deliveries()
					.stream()
					.collect(Collectors.toMap(StaffItem.Delivery::channel, StaffItem.Delivery::status, (a, b) -> b));
				assertThat(board).containsOnlyKeys(Channel.values());
				assertThat(board.values()).as("every channel delivered: " + board)
					.containsOnly(DeliveryState.DELIVERED);
			});
		}
		finally {
			screen.thenAccept((response) -> response.body().close());
			screen.cancel(true);
		}
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			AnnualReportView now = report(this.staff.send("GET", path, token, null));
			assertThat(now.state()).isEqualTo(AnnualState.PUBLISHED);
			assertThat(now.portalUrl()).contains(item.toString());
		});
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(GATEWAY + path + "/pdf"))
				.header("Authorization", "Bearer " + this.staff.token("chief"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(Arrays.copyOf(pdf.body(), 4)).isEqualTo("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private static AnnualReportView report(String json) {
		return StaffApi.JSON.readValue(json, AnnualReportView.class);
	}

}
