package cn.jianwu.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.QueryCodeLocked;
import cn.jianwu.events.WechatActivity;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Case lookups by WeChat message and progress notices: followers' texts come in through
 * the signed callback, case-query-service answers at its HTTP boundary, and the template
 * messages reach WireMock's WeChat API; PostgreSQL, Redis and Kafka are real.
 */
class WechatCaseQueryIT extends WechatIntegrationTest {

	private static final Duration NOTICE_WAIT = Duration.ofSeconds(30);

	@Test
	void aQueryByMessageAnswersTheProceduralInformationWithinFiveSeconds() {
		String code = code();
		String caseNumber = caseNumber();
		CaseQueryStub.query(code, "123X", view(caseNumber));
		String openId = openId();

		long started = System.nanoTime();
		String reply = text(openId, "查询 " + code + " 123x");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(Duration.ofSeconds(5));
		assertThat(reply).contains("案号：" + caseNumber)
			.contains("案件名称：张某涉嫌盗窃案")
			.contains("当前阶段：审查起诉（2026年3月5日起，办理期限至2026年4月5日）")
			.contains("强制措施：取保候审（2026年2月20日）")
			.contains("· 2026年3月2日 受理");
		// case-query-service saw a hash of the follower, never the openid
		assertThat(CaseQueryStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/api/cases/query"))
			.withRequestBody(matchingJsonPath("$.queryCode", equalTo(code))))).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("X-Channel-User")).doesNotContain(openId));
	}

	@Test
	void fullWidthDigitsAndSpacesOfAChineseKeyboardAreUnderstood() {
		String code = code();
		CaseQueryStub.query(code, "5678", view(caseNumber()));
		String fullWidth = toFullWidth(code) + "　" + toFullWidth("5678");

		assertThat(text(openId(), "查询：" + fullWidth)).contains("【案件程序性信息】");
	}

	@Test
	void everyFailureReadsTheSame() {
		String known = code();
		CaseQueryStub.query(known, "1111", view(caseNumber()));

		String wrongDigits = text(openId(), "查询 " + known + " 2222");
		String unknownCode = text(openId(), "查询 " + code() + " 1111");

		assertThat(wrongDigits).isEqualTo(unknownCode)
			.startsWith("查询未成功")
			.as("the lock-out case-query-service's answer states")
			.contains("连续输错5次，查询码将锁定30分钟");
	}

	@Test
	void aThrottledFollowerIsToldToWait() {
		String code = code();
		CaseQueryStub.SERVER.stubFor(post(urlPathEqualTo("/api/cases/query")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.queryCode", equalTo(code)))
			.willReturn(WireMock.aResponse()
				.withStatus(429)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"请求过于频繁\",\"status\":429}")));

		assertThat(text(openId(), "查询 " + code + " 1234")).isEqualTo("您的查询过于频繁，请稍后再试。");
	}

	@Test
	void aWholeIdNumberIsAnsweredWithAWarningAndNeverPassedOn() {
		int before = CaseQueryStub.SERVER.getAllServeEvents().size();

		String reply = text(openId(), "查询 11010119900307123X");

		assertThat(reply).startsWith("为保护您的个人信息，请不要发送完整的身份证号码");
		assertThat(CaseQueryStub.SERVER.getAllServeEvents()).hasSize(before);
	}

	@Test
	void aMalformedQueryIsShownTheFormat() {
		assertThat(text(openId(), "查询 12345 1234")).startsWith("查询格式：查询 查询码 身份证号码后四位");
	}

	@Test
	void aSlowCaseQueryServiceStillGetsWechatAnAnswerInTime() {
		String code = code();
		CaseQueryStub.SERVER.stubFor(post(urlPathEqualTo("/api/cases/query")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.queryCode", equalTo(code)))
			.willReturn(okJson(view(caseNumber())).withFixedDelay(6000)));

		long started = System.nanoTime();
		String reply = text(openId(), "查询 " + code + " 1234");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(reply).startsWith("案件查询服务暂时繁忙");
	}

	@Test
	void aBoundFollowerGetsOneTemplateMessagePerProgressUntilUnbinding() {
		Instant start = Instant.now();
		String caseNumber = caseNumber();
		String follower = openId();
		String other = openId();
		bind(follower, caseNumber);
		bind(other, caseNumber);

		ProducerRecord<String, byte[]> indicted = record(
				new CaseProgressed(caseNumber, "提起公诉", LocalDate.of(2026, 11, 20)));
		send(indicted);
		await().atMost(NOTICE_WAIT).until(() -> notices(follower, "提起公诉") == 1 && notices(other, "提起公诉") == 1);
		assertThat(WechatApiStub.SERVER.findAll(notice(follower, "提起公诉"))).singleElement().satisfies((request) -> {
			assertThat(request.getBodyAsString()).contains("\"template_id\":\"" + PROGRESS_TEMPLATE + "\"")
				.contains(caseNumber)
				.contains("2026年11月20日")
				.contains("/case-query");
		});

		// the same event again (a redelivery), then a new one: the follower gets the new
		// one only
		send(indicted);
		send(record(new CaseProgressed(caseNumber, "延长审查起诉期限", LocalDate.of(2026, 11, 21))));
		await().atMost(NOTICE_WAIT).until(() -> notices(follower, "延长审查起诉期限") == 1);
		assertThat(notices(follower, "提起公诉")).isEqualTo(1);

		assertThat(text(follower, "解绑")).isEqualTo("已解除1个案件的绑定，今后不再向您发送这些案件的进展通知。");
		assertThat(text(follower, "解绑")).isEqualTo("您没有绑定任何案件。");
		send(record(new CaseProgressed(caseNumber, "办结", LocalDate.of(2026, 11, 22))));
		await().atMost(NOTICE_WAIT).until(() -> notices(other, "办结") == 1);
		assertThat(notices(follower, "办结")).isZero();

		// counted for the case-management figures
		awaitActivity(WechatActivity.CASE_BOUND, start);
		awaitActivity(WechatActivity.NOTICE_SENT, start);
		awaitActivity(WechatActivity.CASE_UNBOUND, start);
	}

	@Test
	void theFollowerBoundWithALockedCredentialIsToldOnceAndNoOneElse() {
		String caseNumber = caseNumber();
		String holder = openId();
		String other = openId();
		UUID credential = bind(holder, caseNumber);
		bind(other, caseNumber);

		ProducerRecord<String, byte[]> locked = record(
				new QueryCodeLocked(caseNumber, credential, 3, true, Instant.parse("2026-12-01T06:30:00Z")));
		send(locked);
		send(locked);
		send(record(new CaseProgressed(caseNumber, "提起公诉", LocalDate.of(2026, 11, 20))));

		// the progress after it is handled, so the lock-out event was too (one partition
		// per case)
		await().atMost(NOTICE_WAIT).until(() -> notices(holder, "提起公诉") == 1 && notices(other, "提起公诉") == 1);
		assertThat(WechatApiStub.SERVER.findAll(notice(holder, "查询码已锁定"))).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString())
				.contains("\"template_id\":\"" + LOCKOUT_TEMPLATE + "\"")
				.contains(caseNumber)
				.contains("2026年12月1日 14:30")
				.contains("案件管理部门或控告申诉检察部门"));
		assertThat(notices(other, "查询码已锁定")).as("another person's credential of the case").isZero();
	}

	@Test
	void bindingTwiceKeepsOneBindingAndAFailedBindingReadsLikeAFailedQuery() {
		String caseNumber = caseNumber();
		String follower = openId();
		String code = code();
		CaseQueryStub.resolve(code, "4321", UUID.randomUUID(), caseNumber);

		assertThat(text(follower, "绑定 " + code + " 4321")).startsWith("绑定成功").contains(caseNumber);
		assertThat(text(follower, "绑定 " + code + " 4321")).isEqualTo("您已绑定案件" + caseNumber + "，无需重复绑定。");
		assertThat(text(follower, "绑定 " + code() + " 4321")).startsWith("查询未成功");
		assertThat(bindings(follower)).isEqualTo(1);
	}

	@Test
	void aRevokedCredentialEndsTheBindingInsteadOfANotice() {
		String caseNumber = caseNumber();
		String follower = openId();
		UUID credential = bind(follower, caseNumber);
		CaseQueryStub.status(credential, caseNumber, false);

		send(record(new CaseProgressed(caseNumber, "提起公诉", LocalDate.of(2026, 11, 20))));

		await().atMost(NOTICE_WAIT).until(() -> bindings(follower) == 0);
		assertThat(notices(follower, "提起公诉")).isZero();
	}

	@Test
	void aFollowerWechatCannotReachAnyMoreIsUnbound() {
		String caseNumber = caseNumber();
		String follower = openId();
		bind(follower, caseNumber);
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.touser", equalTo(follower)))
			.willReturn(okJson("{\"errcode\":43004,\"errmsg\":\"require subscribe\"}")));

		send(record(new CaseProgressed(caseNumber, "提起公诉", LocalDate.of(2026, 11, 20))));

		await().atMost(NOTICE_WAIT).until(() -> bindings(follower) == 0);
	}

	/**
	 * Binds the follower to a new credential of the case (valid, until a test says not).
	 */
	private UUID bind(String openId, String caseNumber) {
		String code = code();
		UUID credential = UUID.randomUUID();
		CaseQueryStub.resolve(code, "9876", credential, caseNumber);
		CaseQueryStub.status(credential, caseNumber, true);
		assertThat(text(openId, "绑定 " + code + " 9876")).startsWith("绑定成功");
		return credential;
	}

	private int bindings(String openId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM case_binding WHERE open_id = ?", Integer.class, openId);
	}

	private static int notices(String openId, String stage) {
		return WechatApiStub.count(notice(openId, stage));
	}

	private static RequestPatternBuilder notice(String openId, String stage) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
			.withRequestBody(matchingJsonPath("$.touser", equalTo(openId)))
			.withRequestBody(containing(stage));
	}

	/** The contract's example answer, for this test's case. */
	private static String view(String caseNumber) {
		return CaseQueryStub.example(Example.CASE_VIEW).put("caseNumber", caseNumber).toString();
	}

	private static String code() {
		return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
	}

	private static String caseNumber() {
		return "晋检刑诉受〔2026〕" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L) + "号";
	}

	private static String openId() {
		return "o-it-" + UUID.randomUUID();
	}

	private static String toFullWidth(String digits) {
		StringBuilder wide = new StringBuilder();
		digits.chars().forEach((c) -> wide.append((char) (c - '0' + '０')));
		return wide.toString();
	}

}
