package cn.jianwu.system;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.DecisionRequest;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.ChangeKind;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public record as a journalist follows it, in a real headless Chromium through the
 * gateway of the shared platform ({@link SharedPlatform}): staff publish two typical
 * cases (典型案例), withdraw one and revise the other through the real approval chain; the
 * journalist opens the section's column, reads its Atom feed, follows the newest entry to
 * the revised item, sees its history and what the revision changed, and finds the
 * withdrawn item's notice — a {@code 410 Gone} page with the reason, never the text.
 */
@ExtendWith(SharedPlatform.class)
class PublicRecordBrowserIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final String SECTION = "/categories/case-info/" + SubKind.TYPICAL_CASE.slug();

	private static final Path TARGET = Path.of("target");

	private final StaffApi staff = new StaffApi(GATEWAY);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aJournalistFollowsTheFeedToARevisionAndFindsAWithdrawalNotice(SharedPlatform.Running platform)
			throws Exception {
		String nonce = UUID.randomUUID().toString().substring(0, 8);
		String withdrawnTitle = "典型案例：一起电信诈骗案的办理（" + nonce + "）";
		String revisedTitle = "典型案例：一起非法采矿案的公益诉讼（" + nonce + "）";
		UUID withdrawn = publish(typicalCase(withdrawnTitle, "<p>检察机关依法对电信诈骗团伙提起公诉。</p>", null));
		UUID revised = publish(typicalCase(revisedTitle, "<p>检察机关于2026年3月立案。</p><p>被告单位修复了受损山体。</p>", null));
		String reason = "该案例尚在二审程序中，待判决生效后重新发布。";
		this.staff.send("POST", "/api/disclosures/" + withdrawn + "/withdraw", this.staff.token("leader1"),
				StaffApi.json(DecisionRequest.reason(reason)));
		String note = "更正立案时间，补充生态修复情况。";
		String clerk = this.staff.token("clerk1");
		this.staff.update(clerk, revised,
				typicalCase(revisedTitle, "<p>检察机关于2026年4月立案。</p><p>被告单位修复了受损山体。</p><p>修复工程已通过验收。</p>", note));
		approveThrough(revised);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(GATEWAY + "/api/public/items/" + revised + "/revisions").body())
				.contains("\"revision\":2"));

		// The section's feed validates as Atom: the revision is its newest entry, the
		// withdrawal an entry of its own.
		HttpResponse<String> atom = get(GATEWAY + SECTION + "/feed.atom");
		assertThat(atom.statusCode()).isEqualTo(200);
		assertThat(atom.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
		SyndEntry newest = feed.getEntries().get(0);
		assertThat(newest.getTitle()).contains(ChangeKind.REVISED.label(), revisedTitle);
		assertThat(newest.getLink()).endsWith("/items/" + revised);
		SyndEntry withdrawal = feed.getEntries()
			.stream()
			.filter((entry) -> entry.getTitle().contains(ChangeKind.WITHDRAWN.label()))
			.filter((entry) -> entry.getTitle().contains(withdrawnTitle))
			.findFirst()
			.orElseThrow();
		assertThat(withdrawal.getLink()).endsWith("/items/" + withdrawn);
		assertThat(atom.body()).doesNotContain("电信诈骗团伙提起公诉");

		Path logs = Files.createDirectories(TARGET.resolve("service-logs"));
		try (HeadlessChromium chromium = HeadlessChromium.start(TARGET.resolve("browser-screenshots"),
				logs.resolve("chromedriver-record.log"))) {
			ChromeDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

			// The section's column lists the revised case and links its feed.
			browser.get(GATEWAY + SECTION);
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains(SubKind.TYPICAL_CASE.label());
			assertThat(browser.findElements(By.linkText(revisedTitle))).hasSize(1);
			assertThat(browser.findElements(By.linkText(withdrawnTitle))).as("withdrawn items leave the column")
				.isEmpty();
			assertThat(browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
				.getAttribute("href")).endsWith(SECTION + "/feed.atom");
			chromium.screenshot("20-record-section");

			// The feed's newest entry: the item, its history with the staff's note, and
			// what the revision changed.
			browser.get(newest.getLink());
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(revisedTitle);
			String page = browser.findElement(By.tagName("main")).getText();
			assertThat(page).contains("修订记录", note, "修复工程已通过验收");
			chromium.screenshot("21-record-item-history");
			browser.findElement(By.partialLinkText("查看修改内容")).click();
			wait.until(ExpectedConditions.urlContains("/changes"));
			List<String> removed = browser.findElements(By.tagName("del")).stream().map((e) -> e.getText()).toList();
			List<String> added = browser.findElements(By.tagName("ins")).stream().map((e) -> e.getText()).toList();
			assertThat(String.join("", removed)).contains("3月");
			assertThat(String.join("", added)).contains("4月", "修复工程已通过验收");
			chromium.screenshot("22-record-diff");

			// The withdrawn item's address: 410 Gone, a notice with the reason, not the
			// text.
			assertThat(get(withdrawal.getLink()).statusCode()).isEqualTo(410);
			browser.get(withdrawal.getLink());
			String notice = browser.findElement(By.tagName("main")).getText();
			assertThat(notice).contains("已撤回", withdrawnTitle, reason).doesNotContain("电信诈骗团伙提起公诉");
			chromium.screenshot("23-record-withdrawn");
		}
	}

	private UUID publish(ItemRequest request) throws IOException, InterruptedException {
		UUID id = this.staff.create(this.staff.token("clerk1"), request).id();
		approveThrough(id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(GATEWAY + "/api/public/items/" + id).statusCode()).isEqualTo(200));
		return id;
	}

	/** Submitted by the clerk, reviewed by the section head, approved by the leader. */
	private void approveThrough(UUID id) throws IOException, InterruptedException {
		this.staff.submit(this.staff.token("clerk1"), id);
		this.staff.approve(this.staff.token("head1"), id, "同意");
		this.staff.approve(this.staff.token("leader1"), id, "同意发布");
	}

	private static ItemRequest typicalCase(String title, String body, String revisionNote) {
		return new ItemRequest(title, "本院发布的典型案例。", body, SubKind.TYPICAL_CASE.category(), SubKind.TYPICAL_CASE, "公诉部",
				false, Term.AD_HOC, Visibility.PUBLIC, List.of(Channel.PORTAL), null, null, null, null, null, null,
				null, null, null, null, revisionNote);
	}

	private HttpResponse<String> get(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
