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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.events.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public site as a reader uses it, in a real headless Chromium, through the gateway
 * of the platform the system tests share ({@link SharedPlatform}): disclosure-service
 * with its demo items, search-service indexing them from {@code disclosure.events} into
 * the real Elasticsearch, the portal and the gateway. The reader opens the home page,
 * gets title suggestions, searches a phrase, sees it highlighted and filters by category,
 * opens the hit, switches on the large-type mode; the service-hall kiosk's home leads to
 * the case query, typed on by touch, and to the newest items read in large type, and
 * every kiosk page goes back home, forgetting what was typed, when left alone.
 * Screenshots of each step go to {@code target/browser-screenshots}.
 */
@ExtendWith(SharedPlatform.class)
class PortalBrowserIT {

	/** The institution the shared platform is started as (not the default name). */
	static final String INSTITUTION = "晋安区人民检察院";

	private static final String GATEWAY = "http://127.0.0.1:8080";

	/** A demo item (disclosure-service demo/items.json) and a phrase of its title. */
	private static final String TITLE = "我院依法对一起特大网络赌博案提起公诉";

	private static final String PHRASE = "网络赌博";

	private static final Path TARGET = Path.of("target");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aReaderFindsAnItemReadsItInLargeTypeAndTheKioskForgetsWhatWasTyped(SharedPlatform.Running platform)
			throws Exception {
		// The parameter makes JUnit start the shared platform; the test reads it through
		// its gateway only.
		Path logs = Files.createDirectories(TARGET.resolve("service-logs"));
		awaitIndexed(GATEWAY);
		publicPagesAreCachedAndTheLargeModeWorksWithoutScript(GATEWAY);
		try (HeadlessChromium chromium = HeadlessChromium.start(TARGET.resolve("browser-screenshots"),
				logs.resolve("chromedriver.log"))) {
			readerJourney(chromium, GATEWAY);
			kiosk(chromium, GATEWAY);
			assertThat(chromium.consoleMessages()).as("no script, style or CSP error in the browser")
				.noneMatch((message) -> message.contains("Content Security Policy") || message.contains("Refused to")
						|| message.contains("Uncaught"));
		}
	}

	/**
	 * The demo items reach the index through Kafka; the phrase is searchable via the
	 * gateway.
	 */
	private void awaitIndexed(String gateway) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			HttpResponse<String> found = get(gateway + "/api/search?q=" + encode(PHRASE));
			assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
			assertThat(found.body()).contains(TITLE);
		});
	}

	private void publicPagesAreCachedAndTheLargeModeWorksWithoutScript(String gateway) {
		HttpResponse<String> home = get(gateway + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(home.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'"));
		String etag = home.headers().firstValue("ETag").orElseThrow();
		assertThat(get(gateway + "/", "If-None-Match", etag).statusCode()).as("revalidated, not sent again")
			.isEqualTo(304);

		HttpResponse<String> switched = get(gateway + "/search?q=" + encode(PHRASE) + "&display=large");
		assertThat(switched.statusCode()).isEqualTo(303);
		assertThat(switched.headers().firstValue("Location")).hasValue("/search?q=" + encode(PHRASE));
		assertThat(switched.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("jianwu_display=large;"));
		assertThat(get(gateway + "/search?q=" + encode(PHRASE), "Cookie", "jianwu_display=large").body())
			.contains("<html lang=\"zh-CN\" class=\"large-mode\">");
	}

	private void readerJourney(HeadlessChromium chromium, String gateway) throws IOException {
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

		// The home page: each column with its newest items, the newest of all, the way to
		// the case query.
		browser.get(gateway + "/");
		assertThat(browser.getTitle()).isEqualTo("首页 · 阳光检务 · " + INSTITUTION);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(INSTITUTION + "检务公开");
		assertThat(browser.findElements(By.cssSelector(".latest .item-list li"))).hasSize(8);
		List<WebElement> columns = browser.findElements(By.cssSelector(".column-box"));
		assertThat(columns).extracting((column) -> column.findElement(By.tagName("h2")).getText())
			.containsExactly("案件信息", "检察政务", "检察队伍", "其他公开");
		assertThat(columns)
			.allSatisfy((column) -> assertThat(column.findElements(By.cssSelector(".item-list li"))).isNotEmpty());
		assertThat(browser.findElement(By.cssSelector(".service-entry")).getAttribute("href")).endsWith("/case-query");
		assertThat(browser.findElements(By.xpath("//*[contains(text(), '关于调整办公时间的内部通知')]")))
			.as("internal items never reach the public site")
			.isEmpty();
		chromium.screenshot("01-home");
		browser.executeScript("console.error('jianwu-console-check')");
		assertThat(chromium.consoleMessages()).as("the browser's console is read")
			.anySatisfy((message) -> assertThat(message).contains("jianwu-console-check"));

		// A column: its items, newest first, as many as disclosure-service has published
		// in it.
		browser.findElement(By.cssSelector("nav[aria-label=主导航]")).findElement(By.linkText("案件信息")).click();
		wait.until(ExpectedConditions.urlContains("/categories/case-info"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("检察案件信息");
		long published = publishedIn(gateway, Category.CASE_INFO);
		assertThat(browser.findElement(By.cssSelector(".list-summary strong")).getText())
			.isEqualTo(String.valueOf(published));
		assertThat(browser.findElements(By.cssSelector(".item-list li"))).hasSize((int) Math.min(published, 15));
		assertThat(browser.findElements(By.linkText(TITLE))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("nav[aria-label=主导航] a[aria-current=page]")).getText())
			.isEqualTo("案件信息");
		chromium.screenshot("03-column");
		browser.get(gateway + "/");

		// Keyboard: the first Tab reaches the skip link, with a visible focus ring.
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("跳到主要内容");
		assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");

		// Suggestions from the titles while typing; arrows choose, Escape closes.
		WebElement box = browser.findElement(By.id("q"));
		box.click();
		box.sendKeys("典型案例");
		List<WebElement> options = wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#q-suggestions [role=option]"), 0));
		assertThat(options).extracting(WebElement::getText).allSatisfy((title) -> assertThat(title).contains("典型案例"));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-suggestions-0");
		chromium.screenshot("02-suggestions");
		box.sendKeys(Keys.ESCAPE);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-suggestions")));

		// A phrase: the hit with the phrase highlighted in its title, counted per
		// category.
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		box.sendKeys(PHRASE, Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/search?q="));
		long total = Long.parseLong(browser.findElement(By.cssSelector(".result-count strong")).getText());
		assertThat(total).isGreaterThanOrEqualTo(1);
		WebElement hit = browser.findElement(By.cssSelector(".hit-list .hit"));
		assertThat(hit.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo(TITLE);
		List<WebElement> marks = hit.findElements(By.cssSelector(".hit-title em"));
		assertThat(marks).extracting(WebElement::getText).containsExactly(PHRASE);
		assertThat(marks.get(0).getCssValue("font-weight")).isEqualTo("700");
		assertThat(hit.findElement(By.cssSelector(".item-meta")).getText()).contains("检察案件信息", "公诉部");
		assertThat(facetCount(browser, "全部类别")).isEqualTo(total);
		assertThat(facetCount(browser, "检察案件信息")).isGreaterThanOrEqualTo(1);
		chromium.screenshot("04-search");

		// The date range filters: nothing was published in 2000, the item was after it.
		browser.get(gateway + "/search?q=" + encode(PHRASE) + "&to=2000-12-31");
		assertThat(browser.findElement(By.cssSelector(".result-count strong")).getText()).isEqualTo("0");
		assertThat(browser.findElement(By.cssSelector(".hits .empty")).getText()).contains("没有找到相关信息");
		assertThat(browser.findElement(By.id("search-to")).getAttribute("value")).isEqualTo("2000-12-31");
		browser.get(gateway + "/search?q=" + encode(PHRASE) + "&from=2000-01-01");
		assertThat(browser.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo(TITLE);

		// The category facet filters, and says which filter is on.
		browser.findElement(By.xpath("//nav[@class='facets']//a[contains(., '检察案件信息')]")).click();
		wait.until(ExpectedConditions.urlContains("category=CASE_INFO"));
		assertThat(browser.findElement(By.cssSelector(".facets a[aria-current=true]")).getText()).contains("检察案件信息");
		assertThat(browser.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo(TITLE);

		// The hit's page: title, date, department, category, the redacted text as
		// paragraphs.
		browser.findElement(By.cssSelector(".hit-title a")).click();
		wait.until(ExpectedConditions.urlContains("/items/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		String facts = browser.findElement(By.cssSelector(".item-facts")).getText();
		assertThat(facts).contains("发布部门", "公诉部", "检察案件信息", "重要案件信息")
			.containsPattern("发布日期\\s*\\d{4}年\\d{1,2}月\\d{1,2}日");
		WebElement paragraph = browser.findElement(By.cssSelector(".item-body p"));
		assertThat(paragraph.getText()).contains("开设赌场").doesNotContain("<p>");
		assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("首页", "案件信息");
		chromium.screenshot("05-item");

		// The large-type, high-contrast mode: at once with the script, kept by the
		// cookie.
		double before = pixels(paragraph.getCssValue("font-size"));
		WebElement toggle = browser.findElement(By.cssSelector("[data-display-toggle]"));
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
		toggle.click();
		wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "large-mode"));
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(toggle.getText()).contains("已开启");
		assertThat(pixels(browser.findElement(By.cssSelector(".item-body p")).getCssValue("font-size")))
			.isGreaterThanOrEqualTo(before * 1.3);
		assertThat(browser.manage().getCookieNamed("jianwu_display").getValue()).isEqualTo("large");
		browser.navigate().refresh();
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("large-mode");
		assertThat(browser.findElement(By.cssSelector("[data-display-toggle]")).getAttribute("aria-pressed"))
			.isEqualTo("true");
		chromium.screenshot("06-item-large");
		browser.get(gateway + "/search?q=" + encode(PHRASE));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("large-mode");
		chromium.screenshot("07-search-large");
	}

	private void kiosk(HeadlessChromium chromium, String gateway) throws IOException {
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.get(gateway + "/kiosk");
		wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "js"));

		// The home: five large touch buttons.
		List<WebElement> tiles = browser.findElements(By.cssSelector("nav.kiosk-menu a"));
		assertThat(tiles).extracting((tile) -> tile.findElement(By.className("kiosk-tile-name")).getText())
			.containsExactly("案件查询", "最新公开", "办事指南", "预约签到", "我要留言");
		assertThat(tiles).allSatisfy(
				(tile) -> assertThat(tile.getSize().getHeight()).as("a touch target").isGreaterThanOrEqualTo(48));
		chromium.screenshot("08-kiosk-home");

		// 案件查询: the keypad, one step at a time.
		browser.findElement(By.id("kiosk-query")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queryCode")));
		WebElement code = browser.findElement(By.id("queryCode"));
		WebElement last4 = browser.findElement(By.id("idLast4"));
		WebElement next = browser.findElement(By.cssSelector("[data-action=next]"));
		assertThat(last4.isDisplayed()).as("one step at a time").isFalse();
		assertThat(next.isEnabled()).isFalse();
		tap(browser, "4821093755169");
		assertThat(code.getAttribute("value")).as("no more than 12 digits").isEqualTo("482109375516");
		assertThat(browser.findElement(By.id("kiosk-status")).getText()).contains("查询码已输完");
		next.click();
		assertThat(last4.isDisplayed()).isTrue();
		assertThat(code.isDisplayed()).isFalse();
		WebElement letterX = browser.findElement(By.cssSelector("[data-key=X]"));
		assertThat(letterX.isEnabled()).as("X only as the last character").isFalse();
		tap(browser, "302");
		assertThat(letterX.isEnabled()).isTrue();
		tap(browser, "X");
		assertThat(last4.getAttribute("value")).isEqualTo("302X");
		assertThat(browser.findElement(By.cssSelector("[data-action=submit]")).isEnabled()).isTrue();
		chromium.screenshot("09-kiosk-entry");

		// Left alone (4 s in this test, 60 s by default): back home, nothing typed kept.
		awaitKioskHome(browser);
		assertThat(browser.getPageSource()).doesNotContain("482109375516");

		// A query with a code nobody was given: the uniform refusal in large type, then
		// back home.
		browser.findElement(By.id("kiosk-query")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queryCode")));
		tap(browser, "482109375516");
		browser.findElement(By.cssSelector("[data-action=next]")).click();
		tap(browser, "3021");
		browser.findElement(By.cssSelector("[data-action=submit]")).click();
		WebElement message = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kiosk-message")));
		assertThat(message.getText()).contains("查询未成功");
		assertThat(pixels(message.getCssValue("font-size"))).isGreaterThanOrEqualTo(30);
		assertThat(browser.getPageSource()).doesNotContain("482109375516");
		chromium.screenshot("10-kiosk-answer");
		awaitKioskHome(browser);

		// 最新公开: the newest items, one read in large type, 返回 to the list, and home
		// when left alone. Nothing leads out of the kiosk.
		browser.findElement(By.id("kiosk-latest")).click();
		List<WebElement> lines = wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#kiosk-items a.kiosk-line"), 0));
		assertThat(lines)
			.allSatisfy((line) -> assertThat(line.getAttribute("href")).startsWith(gateway + "/kiosk/items/"));
		String title = lines.get(0).findElement(By.className("kiosk-line-title")).getText();
		lines.get(0).click();
		WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-heading")));
		assertThat(heading.getText()).isEqualTo(title);
		assertThat(pixels(browser.findElement(By.cssSelector("#kiosk-item p.kiosk-text")).getCssValue("font-size")))
			.as("large type")
			.isGreaterThanOrEqualTo(30);
		assertThat(browser.findElements(By.cssSelector("a[href]"))).extracting((link) -> link.getAttribute("href"))
			.allSatisfy((href) -> assertThat(href).startsWith(gateway + "/kiosk"));
		chromium.screenshot("11-kiosk-item");
		browser.findElement(By.id("kiosk-back")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-items")));
		assertThat(browser.getCurrentUrl()).contains("/kiosk/latest");
		awaitKioskHome(browser);
	}

	/** The kiosk, left alone, goes back to its home. */
	private static void awaitKioskHome(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> driver.getCurrentUrl().endsWith("/kiosk")
				&& !driver.findElements(By.cssSelector("nav.kiosk-menu #kiosk-query")).isEmpty());
	}

	/** How many public items disclosure-service has published in a category. */
	private long publishedIn(String gateway, Category category) {
		HttpResponse<String> page = get(gateway + "/api/public/items?size=1&category=" + category.name());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return StaffApi.JSON.readValue(page.body(), PublicItemPage.class).total();
	}

	private static void tap(ChromeDriver browser, String keys) {
		for (char key : keys.toCharArray()) {
			browser.findElement(By.cssSelector("[data-key='" + key + "']")).click();
		}
	}

	private static long facetCount(ChromeDriver browser, String label) {
		String text = browser.findElement(By.xpath("//nav[@class='facets']//a[contains(., '" + label + "')]"))
			.getText();
		Matcher count = Pattern.compile("（(\\d+)）").matcher(text);
		assertThat(count.find()).as(text).isTrue();
		return Long.parseLong(count.group(1));
	}

	private static double pixels(String cssLength) {
		return Double.parseDouble(cssLength.replace("px", "").strip());
	}

	private HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "text/html,application/json");
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
