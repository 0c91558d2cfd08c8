package cn.jianwu.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online service hall as people use it, in a real headless Chromium through the
 * gateway of the shared platform: a citizen writes on the portal and keeps the two codes
 * of the receipt page; the office assigns the message in the console; the department's
 * clerk acknowledges it, drafts and submits the answer; the section head approves it; the
 * citizen looks the answer up with the codes; and the answer stands in the public list
 * with the writer's name turned into surname + 某. Screenshots of each step go to
 * {@code target/hall-screenshots}.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HallBrowserIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final Path TARGET = Path.of("target");

	/** The writer, named in the question and greeted by name in the answer. */
	private static final String WRITER = "李明华";

	private static final String WRITER_PHONE = "13912345678";

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private String prosecution;

	private int shot;

	@BeforeAll
	void startTheBrowser(SharedPlatform.Running platform) throws Exception {
		// The department the office assigns to: clerk1's and head1's, as they log in.
		this.prosecution = new StaffApi(GATEWAY).login("clerk1").department();
		Path logs = Files.createDirectories(TARGET.resolve("service-logs"));
		this.chromium = HeadlessChromium.start(TARGET.resolve("hall-screenshots"),
				logs.resolve("hall-chromedriver.log"));
		this.browser = this.chromium.driver();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterAll
	void stopTheBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void aCitizensQuestionIsAnsweredLookedUpWithTheCodesAndPublishedWithoutTheName() throws Exception {
		String nonce = nonce();
		String subject = "咨询申请国家司法救助的条件（" + nonce + "）";

		// The citizen writes, allows publication, and keeps the codes of the receipt.
		this.browser.get(GATEWAY + "/hall/messages/new");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue(MessageKind.CONSULTATION.name());
		type("subject", subject);
		type("body", "我叫" + WRITER + "，父亲是一起故意伤害案的被害人，治疗花光了家里的积蓄。\n\n请问我家能否申请国家司法救助？需要准备哪些材料？");
		type("name", WRITER);
		type("phone", WRITER_PHONE);
		this.browser.findElement(By.id("publicOk")).click();
		screenshot("message-form");
		this.browser.findElement(By.id("submit-message")).click();
		String trackingCode = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")))
			.getText()
			.strip();
		String checkCode = this.browser.findElement(By.id("check-code")).getText().strip();
		assertThat(trackingCode).matches("\\d{12}");
		assertThat(checkCode).matches("\\d{6}");
		screenshot("receipt-with-codes");

		// The office finds it among the messages to triage and assigns it.
		signIn("office1");
		this.browser.get(GATEWAY + "/console/hall");
		openMessage(subject);
		String messageUrl = this.browser.getCurrentUrl();
		String messageId = messageUrl.substring(messageUrl.lastIndexOf('/') + 1);
		assertThat(status()).isEqualTo(MessageStatus.RECEIVED.label());
		new Select(this.browser.findElement(By.id("assign-department"))).selectByValue(this.prosecution);
		screenshot("office-assigns");
		this.browser.findElement(By.id("assign-button")).click();
		awaitStatus(MessageStatus.ASSIGNED);
		assertThat(this.browser.findElement(By.id("message-department")).getText()).isEqualTo(this.prosecution);

		// The department's clerk sees the writer, acknowledges, drafts and submits.
		signIn("clerk1");
		this.browser.get(GATEWAY + "/console/hall");
		openMessage(subject);
		assertThat(this.browser.findElement(By.id("writer-name")).getText()).isEqualTo(WRITER);
		assertThat(this.browser.findElement(By.id("writer-phone")).getText()).isEqualTo(WRITER_PHONE);
		type("acknowledge-text", "您的咨询已收到，我院将在答复期限内答复。");
		this.browser.findElement(By.id("acknowledge-button")).click();
		awaitStatus(MessageStatus.ACKNOWLEDGED);
		String answer = WRITER + "女士：您好！刑事案件被害人因受到犯罪侵害致生活困难的，可以向办理案件的检察院申请国家司法救助。";
		type("answer-text", answer + "\n\n请携带身份证明、医疗费用票据和家庭经济困难证明到本院控告申诉检察部办理。");
		this.browser.findElement(By.id("answer-button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-answer-button"))).click();
		awaitStatus(MessageStatus.PENDING_APPROVAL);
		screenshot("clerk-submitted-answer");

		// The section head approves it.
		signIn("head1");
		this.browser.get(GATEWAY + "/console/hall");
		openMessage(subject);
		type("review-comment", "同意答复。");
		this.browser.findElement(By.id("approve-button")).click();
		awaitStatus(MessageStatus.ANSWERED);
		screenshot("head-approved");

		// The citizen looks it up with the codes.
		this.browser.get(GATEWAY + "/hall/messages/lookup");
		type("trackingCode", trackingCode);
		type("checkCode", checkCode);
		this.browser.findElement(By.id("submit-lookup")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-status"))).getText())
			.isEqualTo(MessageStatus.ANSWERED.publicLabel());
		assertThat(this.browser.findElement(By.id("lookup-answer")).getText()).contains(answer);
		screenshot("lookup-answered");

		// The public list shows the question and the answer, the writer's name redacted.
		this.browser.get(GATEWAY + "/hall/messages");
		WebElement published = this.browser.findElement(By.id("message-" + messageId));
		assertThat(published.findElement(By.tagName("h2")).getText()).isEqualTo(subject);
		String question = published.findElement(By.cssSelector(".question")).getText();
		String publicAnswer = published.findElement(By.cssSelector(".answer")).getText();
		assertThat(question).contains("我叫李某").doesNotContain(WRITER).doesNotContain(WRITER_PHONE);
		assertThat(publicAnswer).startsWith("李某女士").contains("国家司法救助").doesNotContain(WRITER);
		assertThat(this.browser.getPageSource()).doesNotContain(WRITER).doesNotContain(WRITER_PHONE);
		screenshot("public-list-redacted");

		assertThat(this.chromium.consoleMessages()).as("no script, style or CSP error in the browser")
			.noneMatch((message) -> message.contains("Content Security Policy") || message.contains("Refused to")
					|| message.contains("Uncaught"));
	}

	private void signIn(String username) {
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

	/** Opens the message from the console's list the member lands on. */
	private void openMessage(String subject) {
		this.browser.findElement(By.linkText(subject)).click();
		this.wait.until(ExpectedConditions.urlMatches("/console/hall/messages/[0-9a-f-]{36}$"));
	}

	/** Waits for the message's page to show the status after a step. */
	private void awaitStatus(MessageStatus status) {
		this.wait.until(ExpectedConditions.textToBe(By.id("message-status"), status.label()));
	}

	private String status() {
		return this.browser.findElement(By.id("message-status")).getText();
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void screenshot(String name) throws IOException {
		this.shot++;
		this.chromium.screenshot(String.format(Locale.ROOT, "%02d-%s", this.shot, name));
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
