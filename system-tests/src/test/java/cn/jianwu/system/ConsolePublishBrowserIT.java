package cn.jianwu.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.disclosure.api.publication.PublicItem;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publish once, reach every channel, proven in a real headless Chromium against the whole
 * platform started as the README says ({@code deploy/local/run.sh start --detach --demo}:
 * eight services, Kafka, Elasticsearch, PostgreSQL, Redis, and the simulated Weibo and
 * WeChat APIs). Staff work only in the console, through the gateway, as people would:
 * <ol>
 * <li>a clerk drafts a legal document with a person's name and an ID number; the preview
 * proposes both redactions; the clerk accepts them and submits;</li>
 * <li>the section head, the division leader and the chief approve (an important item);
 * within 5 s the item is on the portal and found by search with redacted text only, on
 * the LAN bulletin and on the open hall screen, the simulated Weibo and WeChat each got
 * exactly one post, and the delivery board shows every channel delivered (WeChat answers
 * after its publish-result poll, about 3 s later: it gets 15 s);</li>
 * <li>the division leader withdraws it: within 5 s it is gone from the portal, search,
 * bulletin and screen, WeChat got a delete, and the board shows it taken down — except
 * Weibo, which without the commercial delete API reports FAILED with the post staff must
 * delete by hand (channel-weibo's honest outcome);</li>
 * <li>an internal item reaches only the bulletin and is skipped by every other
 * channel.</li>
 * </ol>
 * Screenshots of each step go to {@code target/console-screenshots}; the platform's logs
 * to {@code target/platform/logs}.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePublishBrowserIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final String BULLETIN = "http://127.0.0.1:8086";

	private static final String WEIBO = "http://127.0.0.1:8091";

	private static final String WECHAT = "http://127.0.0.1:8092";

	/** A fictional resident ID number with a valid check digit. */
	private static final String ID_NUMBER = "14010519850312457X";

	/** The lock-out a failed case query states, e.g. 连续输错5次，查询码将锁定30分钟，再次锁定时间加倍。 */
	private static final Pattern LOCKOUT = Pattern.compile("连续输错\\d+次，查询码将锁定[^。]+。");

	private static final String PERSON = "张三丰";

	private static final Duration CHANNELS = Duration.ofSeconds(5);

	/** WeChat's DELIVERED comes after its publish-result poll (3 s after submitting). */
	private static final Duration WECHAT_DELIVERED = Duration.ofSeconds(15);

	private static final Path TARGET = Path.of("target");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> timings = new LinkedHashMap<>();

	private OtlpCollector collector;

	private LocalPlatform platform;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private String consoleWindow;

	private String screenWindow;

	private int shot;

	@BeforeAll
	void startTheBrowser(SharedPlatform.Running running) throws Exception {
		this.platform = running.platform();
		this.collector = running.collector();
		Files.createDirectories(TARGET.resolve("service-logs"));
		this.chromium = HeadlessChromium.start(TARGET.resolve("console-screenshots"),
				TARGET.resolve("service-logs").resolve("console-chromedriver.log"));
		this.browser = this.chromium.driver();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		this.consoleWindow = this.browser.getWindowHandle();
		// The hall screen, open all along as in the service hall (the demo's screen
		// hall-1).
		this.browser.switchTo().newWindow(WindowType.TAB);
		this.browser.get(BULLETIN + "/screens/hall-1");
		this.screenWindow = this.browser.getWindowHandle();
		this.wait.until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "rolling"));
		this.browser.switchTo().window(this.consoleWindow);
	}

	@AfterAll
	void stopTheBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
		System.out.println("timings: " + this.timings);
	}

	@Test
	@Order(1)
	void aLegalDocumentIsRedactedApprovedPublishedEverywhereAndWithdrawn() throws Exception {
		String nonce = nonce();
		String title = PERSON + "涉嫌盗窃案不起诉决定书（" + nonce + "）";
		String publicTitle = "张某涉嫌盗窃案不起诉决定书（" + nonce + "）";

		// The clerk drafts; the preview proposes both redactions, with reasons.
		signIn("clerk1");
		screenshot("login-clerk");
		this.browser.findElement(By.linkText("起草公开事项")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/items/new"));
		type("title", title);
		type("summary", "本院对" + PERSON + "涉嫌盗窃一案依法作出不起诉决定。");
		type("bodyText", "被不起诉人" + PERSON + "，男，公民身份号码" + ID_NUMBER + "。\n经审查，" + PERSON
				+ "窃取商品价值人民币860元，已全部退赔，被害单位表示谅解。\n本院决定对" + PERSON + "不起诉。");
		type("personsText", PERSON);
		new Select(this.browser.findElement(By.id("subKind"))).selectByValue("LEGAL_DOCUMENT");
		this.browser.findElement(By.id("important1")).click();
		this.browser.findElement(By.id("preview-button")).click();
		List<WebElement> proposals = this.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".proposals tbody tr"), 1));
		assertThat(proposals).extracting((row) -> row.findElement(By.cssSelector("td")).getText())
			.containsExactlyInAnyOrder("自然人姓名", "身份证号码");
		assertThat(cell(proposals, "自然人姓名", "original")).isEqualTo(PERSON);
		assertThat(cell(proposals, "自然人姓名", "replacement")).startsWith("张某");
		assertThat(cell(proposals, "身份证号码", "original")).isEqualTo(ID_NUMBER);
		assertThat(cell(proposals, "身份证号码", "replacement")).doesNotContain(ID_NUMBER).contains("×");
		assertThat(proposals).allSatisfy((row) -> assertThat(row.findElements(By.cssSelector("td")).get(3).getText())
			.as("each proposal says why")
			.isNotBlank());
		String preview = this.browser.findElement(By.cssSelector(".public-text")).getText();
		assertThat(preview).contains("张某").doesNotContain(PERSON).doesNotContain(ID_NUMBER);
		screenshot("compose-redaction-preview");

		// Accepted and submitted.
		this.browser.findElement(By.id("redactionConfirmed1")).click();
		this.browser.findElement(By.id("submit-button")).click();
		this.wait.until(ExpectedConditions.urlMatches("/console/items/[0-9a-f-]{36}$"));
		String id = itemId();
		assertThat(notice()).contains("已提交");
		assertThat(status()).isEqualTo("待科室负责人审核");
		screenshot("submitted");

		approve("head1", id, title, "同意公开，脱敏处理无误。", "转分管领导审批");
		approve("leader1", id, title, "同意。", "转检察长审批");
		Instant approved = approve("chief", id, title, "同意发布。", "已批准并发布");

		// Within 5 s: portal, search (redacted text only), bulletin, screen, one post
		// each on Weibo and WeChat; the board shows every channel delivered.
		Map<String, Runnable> published = new LinkedHashMap<>();
		published.put("portal", () -> {
			HttpResponse<String> answer = get(GATEWAY + "/api/public/items/" + id);
			assertThat(answer.statusCode()).isEqualTo(200);
			PublicItem item = StaffApi.JSON.readValue(answer.body(), PublicItem.class);
			assertThat(item.title()).contains(publicTitle);
			assertThat(item.body()).contains("张某").doesNotContain(PERSON).doesNotContain(ID_NUMBER);
			assertThat(answer.body()).doesNotContain(PERSON).doesNotContain(ID_NUMBER);
			HttpResponse<String> page = get(GATEWAY + "/items/" + id);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(publicTitle).doesNotContain(PERSON).doesNotContain(ID_NUMBER);
		});
		published.put("search", () -> {
			HttpResponse<String> found = get(GATEWAY + "/api/search?q=" + encode(nonce));
			assertThat(found.statusCode()).isEqualTo(200);
			assertThat(found.body()).contains(id).doesNotContain(PERSON).doesNotContain(ID_NUMBER);
		});
		published.put("bulletin",
				() -> assertThat(get(BULLETIN + "/bulletin").body()).contains(publicTitle).doesNotContain(title));
		published.put("screen", () -> assertThat(screenTitle()).isEqualTo(publicTitle));
		published.put("weibo post", () -> assertThat(weiboPosts(id)).hasSize(1));
		published.put("wechat post", () -> assertThat(wechatPublishes(id)).isEqualTo(1));
		allWithin(approved, CHANNELS, published);
		assertThat(get(GATEWAY + "/api/search?q=" + encode(PERSON)).body()).as("the real name finds nothing")
			.doesNotContain(id);
		assertThat(weiboPosts(id)).as("still exactly one post each").hasSize(1);
		assertThat(wechatPublishes(id)).isEqualTo(1);
		screenOnly("screen-shows-item");

		this.browser.get(GATEWAY + "/console/items/" + id);
		// The board refreshes itself every few seconds: it must come to show every
		// channel
		// delivered, and each channel's report must be stamped within the budget.
		within(approved, WECHAT_DELIVERED.plusSeconds(5), "board shows every channel delivered",
				() -> assertThat(board()).containsOnly(Map.entry("portal", "DELIVERED"),
						Map.entry("weibo", "DELIVERED"), Map.entry("wechat", "DELIVERED"),
						Map.entry("bulletin", "DELIVERED"), Map.entry("screens", "DELIVERED")));
		reportedWithin(approved, CHANNELS, "portal", "weibo", "bulletin", "screens");
		reportedWithin(approved, WECHAT_DELIVERED, "wechat");
		assertThat(boardCell("weibo", 2)).as("the Weibo post id").isNotBlank();
		assertThat(boardCell("screens", 2)).contains("hall-1");
		screenshot("board-every-channel-delivered");
		this.browser.get(GATEWAY + "/items/" + id);
		screenshot("portal-item-redacted");
		this.browser.get(GATEWAY + "/search?q=" + encode(nonce));
		assertThat(this.browser.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo(publicTitle);
		screenshot("portal-search");
		this.browser.get(BULLETIN + "/bulletin");
		screenshot("lan-bulletin");
		assertThat(weiboPosts(id).get(0)).as("the post links to the portal page").contains("%2Fitems%2F" + id);

		// The division leader withdraws it.
		long deletesBefore = wechatDeletes();
		signIn("leader1");
		this.browser.get(GATEWAY + "/console/items/" + id);
		type("reason", "文书送达程序需补正，暂予撤回。");
		this.browser.findElement(By.id("withdraw-button")).click();
		Instant withdrawn = Instant.now();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), "已撤回"));
		Map<String, Runnable> gone = new LinkedHashMap<>();
		gone.put("portal gone", () -> {
			assertThat(get(GATEWAY + "/api/public/items/" + id).statusCode()).isEqualTo(410);
			HttpResponse<String> notice = get(GATEWAY + "/items/" + id);
			assertThat(notice.statusCode()).as("a withdrawal notice, not a broken link").isEqualTo(410);
			assertThat(notice.body()).contains(publicTitle, "文书送达程序需补正，暂予撤回。").doesNotContain("已全部退赔");
		});
		gone.put("search gone",
				() -> assertThat(get(GATEWAY + "/api/search?q=" + encode(nonce)).body()).doesNotContain(id));
		gone.put("bulletin gone", () -> assertThat(get(BULLETIN + "/bulletin").body()).doesNotContain(publicTitle));
		gone.put("screen gone", () -> assertThat(screenTitle()).isNotEqualTo(publicTitle));
		gone.put("wechat delete", () -> assertThat(wechatDeletes()).isEqualTo(deletesBefore + 1));
		allWithin(withdrawn, CHANNELS, gone);
		this.browser.switchTo().window(this.consoleWindow);
		within(withdrawn, CHANNELS.plusSeconds(5), "board shows the withdrawal",
				() -> assertThat(board()).containsOnly(Map.entry("portal", "RETRACTED"),
						Map.entry("wechat", "RETRACTED"), Map.entry("bulletin", "RETRACTED"),
						Map.entry("screens", "RETRACTED"), Map.entry("weibo", "FAILED")));
		reportedWithin(withdrawn, CHANNELS, "portal", "weibo", "wechat", "bulletin", "screens");
		assertThat(boardCell("weibo", 4)).as("Weibo has no delete API for ordinary apps: staff are told which post")
			.contains("手动删除")
			.contains(boardCell("weibo", 2));
		assertThat(journal(WEIBO, "/2/statuses/destroy")).as("no delete call without the commercial API").isEmpty();
		assertThat(status()).isEqualTo("已撤回");
		assertThat(this.browser.findElements(By.cssSelector("#timeline li")))
			.extracting((step) -> step.getAttribute("data-action"))
			.containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "PUBLISH", "WITHDRAW");
		screenshot("board-after-withdrawal");
		screenOnly("screen-after-withdrawal");
		this.browser.get(GATEWAY + "/items/" + id + "?after=withdrawal");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("该信息已撤回");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("文书送达程序需补正，暂予撤回。");
		screenshot("portal-item-withdrawn");

		assertNoScriptOrPolicyErrors();
	}

	@Test
	@Order(2)
	void anInternalItemReachesOnlyTheBulletinAndIsSkippedEverywhereElse() throws Exception {
		String nonce = nonce();
		String title = "关于组织干警业务学习的内部通知（" + nonce + "）";
		signIn("clerk1");
		this.browser.get(GATEWAY + "/console/items/new");
		type("title", title);
		type("summary", "请各部门按时参加。");
		type("bodyText", "定于本周五下午在三楼会议室组织业务学习。\n请各部门合理安排工作，按时参加。");
		new Select(this.browser.findElement(By.id("category"))).selectByValue("GOVERNMENT_AFFAIRS");
		this.browser.findElement(By.cssSelector("input[name=visibility][value=INTERNAL]")).click();
		assertThat(this.browser.findElement(By.cssSelector("input[data-channel=weibo]")).isEnabled())
			.as("internal items go to the bulletin only")
			.isFalse();
		this.browser.findElement(By.id("preview-button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".public-text")));
		this.browser.findElement(By.id("redactionConfirmed1")).click();
		screenshot("internal-compose");
		this.browser.findElement(By.id("submit-button")).click();
		this.wait.until(ExpectedConditions.urlMatches("/console/items/[0-9a-f-]{36}$"));
		String id = itemId();
		approve("head1", id, title, "同意。", "转分管领导审批");
		Instant approved = approve("leader1", id, title, "同意。", "已批准并发布");

		within(approved, CHANNELS, "bulletin", () -> assertThat(get(BULLETIN + "/bulletin").body()).contains(title));
		within(approved, CHANNELS.plusSeconds(5), "internal board",
				() -> assertThat(board()).containsOnly(Map.entry("bulletin", "DELIVERED"),
						Map.entry("portal", "SKIPPED"), Map.entry("weibo", "SKIPPED"), Map.entry("wechat", "SKIPPED"),
						Map.entry("screens", "SKIPPED")));
		reportedWithin(approved, CHANNELS, "bulletin", "portal", "weibo", "wechat", "screens");
		screenshot("internal-board");
		assertThat(get(GATEWAY + "/api/public/items/" + id).statusCode()).isEqualTo(404);
		assertThat(get(GATEWAY + "/items/" + id).statusCode()).isEqualTo(404);
		assertThat(get(GATEWAY + "/api/search?q=" + encode(nonce)).body()).doesNotContain(id);
		assertThat(weiboPosts(id)).isEmpty();
		assertThat(journal(WECHAT, "/cgi-bin/draft/add")).noneMatch((entry) -> entry.contains(id));
		assertThat(screenTitle()).isNotEqualTo(title);
		this.browser.switchTo().window(this.consoleWindow);
		this.browser.get(BULLETIN + "/bulletin");
		screenshot("internal-on-bulletin");
		assertNoScriptOrPolicyErrors();
	}

	@Test
	@Order(3)
	void theAdministratorSeesWhichScreensAreOnlineAndTheSupervisorTheStatistics() throws Exception {
		signIn("admin");
		this.browser.findElement(By.linkText("显示屏管理")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/screens"));
		WebElement hall = this.browser.findElement(By.cssSelector("#screens tr[data-screen=hall-1]"));
		assertThat(hall.getText()).as("the hall screen open in the other tab").contains("大厅一号屏", "在线");
		assertThat(this.browser.findElement(By.id("online-count")).getText()).isEqualTo("1");
		screenshot("screens-admin");

		signIn("supervisor");
		this.browser.findElement(By.linkText("统计分析")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/statistics"));
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chart[data-drawn=true]"), 3));
		assertThat(this.browser.findElements(By.cssSelector(".chart canvas"))).hasSizeGreaterThanOrEqualTo(3);
		String deliveries = (String) this.browser
			.executeScript("return document.getElementById('deliveries').textContent");
		assertThat(deliveries).contains("门户网站", "已送达");
		screenshot("statistics-charts");
		assertNoScriptOrPolicyErrors();
	}

	@Test
	@Order(4)
	void caseManagementIssuesAQueryCodeThatWorksOnThePortalUntilItIsRevoked() throws Exception {
		String caseNumber = "晋检刑诉受〔2026〕" + nonce().toUpperCase(Locale.ROOT) + "号";
		String accepted = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(10).toString();
		signIn("casemgr");
		this.browser.findElement(By.linkText("案件管理")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/cases"));
		type("caseNumber", caseNumber);
		type("caseName", "李某涉嫌诈骗案");
		type("caseType", "审查起诉案件");
		type("department", "第一检察部");
		type("prosecutor", "王明");
		setDate("acceptedAt", accepted);
		String review = CaseStage.PROSECUTION_REVIEW.label();
		String prosecuted = CaseStage.PROSECUTED.label();
		new Select(this.browser.findElement(By.id("stage"))).selectByValue(review);
		setDate("stageDate", accepted);
		type("persons0.name", "李明远");
		type("persons0.idNumber", ID_NUMBER);
		screenshot("case-new");
		this.browser.findElement(By.xpath("//button[text()='登记并签发查询码']")).click();
		WebElement code = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".credential-code")));
		String queryCode = code.getText().strip();
		assertThat(queryCode).as("a 12-digit query code, shown once").matches("\\d{12}");
		assertThat(this.browser.findElement(By.id("persons")).getText()).contains("李明远", "457X", "有效")
			.doesNotContain(ID_NUMBER);
		screenshot("case-registered-code-shown-once");

		// The code works on the public site with the last four of the ID number.
		assertThat(publicQuery(queryCode, "457X")).contains("李某涉嫌诈骗案", review);

		// A follower of the official account looks the case up by message, then binds to
		// its progress (the simulated WeChat pushes to the callback through the gateway).
		String follower = "o-e2e-" + nonce();
		assertThat(wechatText(follower, "查询 " + queryCode + " 457x")).contains(caseNumber, "李某涉嫌诈骗案", review);
		assertThat(wechatText(follower, "绑定 " + queryCode + " 457X")).startsWith("绑定成功").contains(caseNumber);

		// A procedural step, the desk lookup, then the credential is revoked.
		signIn("casemgr");
		this.browser.get(GATEWAY + "/console/cases/view?number=" + encode(caseNumber));
		new Select(this.browser.findElement(By.id("event-stage"))).selectByValue(prosecuted);
		setDate("event-date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
		Instant eventAdded = Instant.now();
		this.browser.findElement(By.xpath("//form[contains(@action,'/console/cases/events')]//button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), prosecuted));
		// case.progress reaches channel-wechat, which sends the bound follower one
		// template message
		within(eventAdded, Duration.ofSeconds(15), "WeChat progress notice",
				() -> assertThat(journal(WECHAT, "/cgi-bin/message/template/send"))
					.filteredOn((body) -> body.contains(follower))
					.singleElement()
					.asString()
					.contains(prosecuted, caseNumber));
		assertThat(this.browser.findElement(By.cssSelector(".timeline")).getText()).contains(CaseStage.ACCEPTED.label(),
				review, prosecuted);
		this.browser.get(GATEWAY + "/console/cases");
		type("desk-number", caseNumber);
		type("desk-last4", "457X");
		this.browser.findElement(By.xpath("//form[contains(@action,'/console/cases/desk-query')]//button")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-answer"))).getText())
			.contains("一致", prosecuted);
		screenshot("case-desk-query");
		this.browser.get(GATEWAY + "/console/cases/view?number=" + encode(caseNumber));
		this.browser.findElement(By.xpath("//form[contains(@action,'/credentials/revoke')]//button")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), "已撤销"));
		assertThat(this.browser.findElement(By.id("persons")).getText()).contains("已撤销");
		screenshot("case-credential-revoked");
		String webRefusal = publicQuery(queryCode, "457X");
		assertThat(webRefusal).as("a revoked code answers like any wrong one")
			.doesNotContain("李某涉嫌诈骗案")
			.contains(LockoutPolicy.TITLE);
		String wechatRefusal = wechatText(follower, "查询 " + queryCode + " 457X");
		assertThat(wechatRefusal).as("on WeChat too").startsWith(LockoutPolicy.TITLE);
		// both state the lock-out case-query-service applies, from its failure answer
		Matcher lockout = LOCKOUT.matcher(wechatRefusal);
		assertThat(lockout.find()).as(wechatRefusal).isTrue();
		assertThat(webRefusal).contains(lockout.group());
		assertNoScriptOrPolicyErrors();
	}

	/**
	 * The public case query on the portal, as a reader types it; the answer page's text.
	 */
	private String publicQuery(String queryCode, String idLast4) {
		this.browser.get(GATEWAY + "/case-query");
		type("queryCode", queryCode);
		type("idLast4", idLast4);
		WebElement submit = this.browser.findElement(By.cssSelector("main form button[type=submit]"));
		submit.click();
		awaitReplaced(submit);
		return this.browser.findElement(By.tagName("main")).getText();
	}

	/**
	 * A follower's text message as WeChat pushes it (signed with the local run's token);
	 * the passive reply's text.
	 */
	private String wechatText(String openId, String content) {
		return new WechatFollower(GATEWAY, openId).send(content);
	}

	@Test
	@Order(5)
	void noTrickGetsANameOrAnIdentifierOntoAnyPublicChannel() throws Exception {
		Map<String, String> read = new PrivacyGateAcrossChannels(GATEWAY, BULLETIN, WEIBO, WECHAT)
			.publishTricksAndCheckEveryChannel(nonce());
		System.out.println("privacy gate: checked " + read.keySet());
	}

	@Test
	@Order(7)
	void aBrokerOutageWhileStaffApproveHoldsNobodyUpAndLosesOrDoublesNothing() throws Exception {
		String report = new FaultsAcrossServices(this.platform, GATEWAY, WEIBO, WECHAT).brokerOutage(nonce(), 10,
				Duration.ofSeconds(20));
		System.out.println("broker outage: " + report);
	}

	@Test
	@Order(8)
	void anAdapterKilledWhileWeiboHoldsItsPostFindsThePostInsteadOfPostingAgain() throws Exception {
		String report = new FaultsAcrossServices(this.platform, GATEWAY, WEIBO, WECHAT).weiboKilledMidCall(nonce());
		System.out.println("kill mid-call: " + report);
	}

	@Test
	@Order(9)
	void theApprovalThatPublishesAnItemIsOneTraceFromTheGatewayThroughKafkaToEveryAdapter() throws Exception {
		new TraceAcrossServices(this.platform, this.collector).approveAndFollowTheTrace();
	}

	@Test
	@Order(6)
	void theClerkDecidesOnNamesNobodyListedAndOnHintsOfAMinorBeforeSubmitting() throws Exception {
		String nonce = nonce();
		signIn("clerk1");
		this.browser.findElement(By.linkText("起草公开事项")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/items/new"));
		type("title", "王某盗窃案起诉书（" + nonce + "）");
		type("bodyText", "被告人王建国，男，1985年出生。\n证人李秀英证实，案发当晚其看见被告人离开现场。\n" + "被害人刘晓梅（时年15岁，初中生）报案称其手机被盗。\n本院依法提起公诉。");
		type("personsText", "王建国");
		this.browser.findElement(By.id("preview-button")).click();

		// The names nobody listed are shown, each to be decided; so are the minor's
		// hints.
		// The hints come after the names on the page: once they are there, every name is.
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minor-hints")));
		List<String> unlisted = this.browser.findElements(By.cssSelector("#unlisted-names tbody tr"))
			.stream()
			.map((row) -> row.getAttribute("data-name"))
			.toList();
		assertThat(unlisted).containsExactlyInAnyOrder("李秀英", "刘晓梅");
		assertThat(this.browser.findElement(By.id("minor-hints")).getText()).contains("可能涉及未成年人");
		screenshot("compose-unlisted-names-and-minor-hints");

		// One becomes a pseudonym; the other is let stand, with the reason.
		clickCentered(By.cssSelector("#unlisted-names tr[data-name='李秀英'] button[name='anonymise']"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".public-text"), "李某"));
		assertThat(this.browser.findElement(By.id("personsText")).getAttribute("value")).contains("李秀英");
		WebElement row = this.browser.findElement(By.cssSelector("#unlisted-names tr[data-name='刘晓梅']"));
		row.findElement(By.cssSelector("input[type='text']")).sendKeys("被害人已成年，书面申请公开署名");
		clickCentered(By.cssSelector("#unlisted-names tr[data-name='刘晓梅'] button[name='clear']"));
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("unlisted-names")));
		assertThat(this.browser.findElement(By.id("clearedNamesText")).getAttribute("value"))
			.contains("刘晓梅：被害人已成年，书面申请公开署名");

		// The minor's hint still stands in the way until it is decided.
		clickCentered(By.id("redactionConfirmed1"));
		clickCentered(By.id("submit-button"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
		assertThat(this.browser.findElement(By.id("error-summary")).getText()).contains("未成年人");
		screenshot("compose-minor-decision-required");
		type("minorClearance", "被害人现已成年，经核实本人书面同意公开");
		// The preview answers with a new page: the old page's check box must be gone
		// first, or
		// the click below may land on it as the new page replaces it.
		WebElement previous = this.browser.findElement(By.id("redactionConfirmed1"));
		this.browser.findElement(By.id("preview-button")).click();
		awaitReplaced(previous);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("redactionConfirmed1")));
		clickCentered(By.id("redactionConfirmed1"));
		clickCentered(By.id("submit-button"));
		this.wait.until(ExpectedConditions.urlMatches("/console/items/[0-9a-f-]{36}$"));
		assertThat(notice()).contains("已提交");
		assertThat(this.browser.findElements(By.cssSelector("#timeline li")))
			.extracting((step) -> step.getAttribute("data-action"))
			.contains("CLEAR_NAME", "CLEAR_MINOR", "SUBMIT");
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("刘晓梅", "书面申请公开署名", "书面同意公开");
		assertThat(this.browser.findElement(By.id("privacy-decisions")).getText())
			.as("the approvers see what the clerk let stand")
			.contains("刘晓梅", "书面申请公开署名", "书面同意公开");
		screenshot("submitted-with-privacy-decisions");
	}

	/**
	 * Waits until the page that held the element has been replaced by the next one. While
	 * the browser is between the two, Chromium may answer the check with an inspector
	 * error ("Node with given id does not belong to the document") instead of a stale
	 * element: that too means the old page is going, so the check is asked again.
	 */
	private void awaitReplaced(WebElement element) {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, clear of the
	 * sticky bars.
	 */
	private void clickCentered(By locator) {
		WebElement element = this.browser.findElement(locator);
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private void setDate(String id, String isoDate) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(id)), isoDate);
	}

	// ---- the console, as staff use it
	// -------------------------------------------------------

	private void signIn(String username) {
		this.browser.switchTo().window(this.consoleWindow);
		this.browser.get(GATEWAY + "/console");
		List<WebElement> signOut = this.browser.findElements(By.cssSelector(".console-user button"));
		if (!signOut.isEmpty()) {
			signOut.get(0).click();
			this.wait.until(ExpectedConditions.urlContains("/console/login"));
		}
		type("username", username);
		type("password", "demo-" + username);
		this.browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".console-user .who")));
	}

	/**
	 * Opens the inbox as the given approver, the item from it, and approves it.
	 * @return when the approval was sent
	 */
	private Instant approve(String approver, String id, String title, String comment, String outcome)
			throws IOException {
		signIn(approver);
		this.browser.findElement(By.linkText("待我审批")).click();
		this.wait.until(ExpectedConditions.urlContains("/console/inbox"));
		this.browser.findElement(By.linkText(title)).click();
		this.wait.until(ExpectedConditions.urlContains("/console/items/" + id));
		assertThat(this.browser.findElement(By.id("public-text")).getText()).doesNotContain(PERSON)
			.doesNotContain(ID_NUMBER);
		type("comment", comment);
		screenshot("approval-" + approver);
		Instant sent = Instant.now();
		this.browser.findElement(By.id("approve-button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), outcome));
		return sent;
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String itemId() {
		String url = this.browser.getCurrentUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private String notice() {
		return this.browser.findElement(By.cssSelector(".notice.ok")).getText();
	}

	private String status() {
		return this.browser.findElement(By.id("item-status")).getText();
	}

	private static String cell(List<WebElement> rows, String kind, String column) {
		return rows.stream()
			.filter((row) -> row.findElement(By.cssSelector("td")).getText().equals(kind))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("td." + column))
			.getText()
			.strip();
	}

	/** The board as the page shows it now (it refreshes itself): channel → status. */
	@SuppressWarnings("unchecked")
	private Map<String, String> board() {
		// One script call: the page's script replaces the board while it refreshes.
		return new LinkedHashMap<>((Map<String, String>) this.browser.executeScript("""
				var states = {};
				document.querySelectorAll('#delivery-board tbody tr').forEach(function (row) {
				  states[row.getAttribute('data-channel')] = row.getAttribute('data-state');
				});
				return states;"""));
	}

	/**
	 * Asserts that each channel's report on the board was stamped (by the channel) within
	 * the budget after the given moment, and notes how long it took.
	 */
	private void reportedWithin(Instant since, Duration budget, String... channels) {
		for (String channel : channels) {
			String stamp = (String) this.browser.executeScript(
					"return document.querySelector('#delivery-board tr[data-channel=' + arguments[0] + '] time')"
							+ ".getAttribute('datetime')",
					channel);
			Duration took = Duration.between(since, Instant.parse(stamp));
			this.timings.merge(channel + " reported", String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0),
					(earlier, later) -> earlier + ", " + later);
			assertThat(took).as(channel + " reported " + took.toMillis() + " ms after the step")
				.isLessThanOrEqualTo(budget);
		}
	}

	/**
	 * A cell of a channel's row: 0 channel, 1 status, 2 reference, 3 attempts, 4 note.
	 */
	private String boardCell(String channel, int column) {
		return this.browser.findElement(By.cssSelector("#delivery-board tr[data-channel=" + channel + "]"))
			.findElements(By.cssSelector("th, td"))
			.get(column)
			.getText();
	}

	// ---- the hall screen (its own tab, connected all along)
	// -------------------------------

	private String screenTitle() {
		this.browser.switchTo().window(this.screenWindow);
		try {
			Object title = this.browser
				.executeScript("var current = document.querySelector('#items .item.current .title');"
						+ "return current ? current.textContent : '';");
			return (title != null) ? title.toString().strip() : "";
		}
		finally {
			this.browser.switchTo().window(this.consoleWindow);
		}
	}

	private void screenOnly(String name) throws IOException {
		this.browser.switchTo().window(this.screenWindow);
		try {
			screenshot(name);
		}
		finally {
			this.browser.switchTo().window(this.consoleWindow);
		}
	}

	// ---- the simulated APIs' request journals
	// ----------------------------------------------

	/** The bodies of the Weibo posts (statuses/share) that link to the item. */
	private List<String> weiboPosts(String id) {
		return journal(WEIBO, "/2/statuses/share").stream().filter((body) -> body.contains(id)).toList();
	}

	/** How many publish jobs (freepublish/submit) WeChat got for the item's draft. */
	private long wechatPublishes(String id) {
		List<Map<String, Object>> requests = JsonPath.read(get(WECHAT + "/__admin/requests").body(), "$.requests");
		List<String> drafts = new ArrayList<>();
		for (Map<String, Object> entry : requests) {
			String url = JsonPath.read(entry, "$.request.url");
			String body = JsonPath.read(entry, "$.request.body");
			if (url.startsWith("/cgi-bin/draft/add") && body.contains(id)) {
				Matcher media = Pattern.compile("\"media_id\"\\s*:\\s*\"([^\"]+)\"")
					.matcher(JsonPath.<String>read(entry, "$.response.body"));
				if (media.find()) {
					drafts.add(media.group(1));
				}
			}
		}
		assertThat(drafts).as("one draft for the item").hasSize(1);
		return journal(WECHAT, "/cgi-bin/freepublish/submit").stream()
			.filter((body) -> body.contains(drafts.get(0)))
			.count();
	}

	private long wechatDeletes() {
		return journal(WECHAT, "/cgi-bin/freepublish/delete").size();
	}

	/** The bodies of the requests a simulator got on a path. */
	private List<String> journal(String simulator, String path) {
		return new SimulatorJournal(simulator).bodies(path);
	}

	// ---- waiting, timing, screenshots
	// -------------------------------------------------------

	/**
	 * Waits until the outcome holds, at most until {@code budget} after {@code since},
	 * and notes when it was seen.
	 */
	private void within(Instant since, Duration budget, String what, Runnable assertion) {
		Instant deadline = since.plus(budget);
		Duration left = Duration.between(Instant.now(), deadline);
		await(what).pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.atMost(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left)
			.untilAsserted(assertion::run);
		this.timings.put(what,
				String.format(Locale.ROOT, "%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0));
	}

	/**
	 * Waits until every outcome holds, at most until {@code budget} after {@code since},
	 * checking each in every round (so that one slow check does not delay noticing the
	 * others), and notes when each was first seen.
	 */
	private void allWithin(Instant since, Duration budget, Map<String, Runnable> checks) {
		Map<String, Runnable> pending = new LinkedHashMap<>(checks);
		Map<String, Throwable> failures = new LinkedHashMap<>();
		Duration left = Duration.between(Instant.now(), since.plus(budget));
		try {
			await().pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(100))
				.atMost(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left)
				.until(() -> {
					for (Map.Entry<String, Runnable> check : new ArrayList<>(pending.entrySet())) {
						try {
							check.getValue().run();
							pending.remove(check.getKey());
							failures.remove(check.getKey());
							this.timings.put(check.getKey(), String.format(Locale.ROOT, "%.1f s",
									Duration.between(since, Instant.now()).toMillis() / 1000.0));
						}
						catch (AssertionError ex) {
							failures.put(check.getKey(), ex);
						}
					}
					return pending.isEmpty();
				});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			AssertionError error = new AssertionError("Not within " + budget + ": " + pending.keySet() + " — "
					+ failures.entrySet()
						.stream()
						.map((failure) -> failure.getKey() + ": " + failure.getValue().getMessage())
						.toList());
			failures.values().forEach(error::addSuppressed);
			throw error;
		}
	}

	private void screenshot(String name) throws IOException {
		this.shot++;
		this.chromium.screenshot(String.format(Locale.ROOT, "%02d-%s", this.shot, name));
	}

	private void assertNoScriptOrPolicyErrors() {
		assertThat(this.chromium.consoleMessages()).as("no script, style or CSP error in the browser")
			.noneMatch((message) -> message.contains("Content Security Policy") || message.contains("Refused to")
					|| message.contains("Uncaught"));
	}

	private HttpResponse<String> get(String url) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(10))
				.header("Accept", "text/html,application/json")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Letters only: no redaction rule (numbers, plates) can mistake it for an identifier.
	 */
	private static String nonce() {
		StringBuilder nonce = new StringBuilder("jw");
		for (int i = 0; i < 8; i++) {
			nonce.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return nonce.toString();
	}

}
