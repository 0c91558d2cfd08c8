package cn.jianwu.casequery.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.ExampleShape;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestRedis;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The public query: the right answer with procedural information only; one uniform
 * failure whatever the cause, in status, body and timing; lock-out after 5 failures;
 * guessing does not work; the per-client throttle holds even without the gateway; every
 * query is audited without its code.
 */
class PublicQueryIT extends CaseQueryIntegrationTest {

	@Autowired
	KeyedHash hash;

	@Test
	void rightPairAnswersProceduralInformationOnly() {
		String caseNumber = TestCases.caseNumber();
		Credential credential = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		String client = TestCases.client();

		Api.Response answer = this.api.query(client, credential.code(), credential.last4());

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.cacheControl()).contains("no-store");
		assertThat(answer.<String>read("$.caseNumber")).isEqualTo(caseNumber);
		assertThat(answer.<String>read("$.caseName")).isEqualTo("张某涉嫌盗窃案");
		assertThat(answer.<String>read("$.caseType")).isEqualTo("审查起诉案件");
		assertThat(answer.<String>read("$.department")).isEqualTo("第一检察部");
		assertThat(answer.<String>read("$.stage")).isEqualTo("审查起诉");
		assertThat(answer.<String>read("$.stageDeadline")).isNotBlank();
		assertThat(answer.<List<String>>read("$.events[*].stage")).containsExactly("受理", "审查起诉");
		assertThat(answer.<List<String>>read("$.compulsoryMeasures[*].measure")).containsExactly("逮捕");
		// Never a person's name, the prosecutor, an ID number or the code.
		assertThat(answer.body()).doesNotContain("王某0").doesNotContain("王明").doesNotContain(credential.code());
		assertThat(answer.json().<Map<String, Object>>read("$")).doesNotContainKeys("prosecutor", "persons");
		ExampleShape.assertSameShape(answer.body(), Example.CASE_VIEW);

		// Also with spaces between the digits, and from every public channel.
		String spaced = credential.code().substring(0, 4) + " " + credential.code().substring(4, 8) + " "
				+ credential.code().substring(8);
		assertThat(this.api.query(client, spaced, credential.last4().toLowerCase()).status()).isEqualTo(200);
		assertThat(this.api
			.query(client,
					"{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\"" + credential.last4()
							+ "\",\"channel\":\"WECHAT\"}")
			.status()).isEqualTo(200);
		assertProblem(this.api.query(client, "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\""
				+ credential.last4() + "\",\"channel\":\"DESK\"}"), 400, "validation");
		assertProblem(this.api.query(client, "12345", "12"), 400, "validation");
	}

	@Test
	void everyFailureLooksAlikeInStatusBodyAndTiming() {
		List<Credential> credentials = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumbers(3));
		Credential good = credentials.get(0);
		Credential revoked = credentials.get(1);
		Credential locked = credentials.get(2);
		assertThat(this.api
			.staff(TestTokens.caseManager(), "POST",
					"/api/cases/" + Api.path(good.caseNumber()) + "/persons/" + revoked.personId()
							+ "/credential/revoke",
					null)
			.status()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			this.api.query(TestCases.client(), locked.code(), locked.wrongLast4());
		}

		Map<String, String[]> kinds = Map.of("unknown code", new String[] { randomCode(), good.last4() },
				"wrong digits", new String[] { good.code(), good.wrongLast4() }, "revoked",
				new String[] { revoked.code(), revoked.last4() }, "locked",
				new String[] { locked.code(), locked.last4() });
		Set<String> bodies = new HashSet<>();
		Set<String> types = new HashSet<>();
		Map<String, List<Long>> millis = new java.util.HashMap<>();
		for (int round = 0; round < 5; round++) {
			for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
				Api.Response answer = this.api.query(TestCases.client(), kind.getValue()[0], kind.getValue()[1]);
				assertProblem(answer, 404, "case-query-failed");
				bodies.add(answer.body());
				types.add(answer.contentType() + "|" + answer.cacheControl());
				millis.computeIfAbsent(kind.getKey(), (k) -> new ArrayList<>()).add(answer.took().toMillis());
			}
		}
		assertThat(bodies).hasSize(1);
		assertThat(types).hasSize(1);
		assertThat(bodies.iterator().next()).doesNotContain("requestId").contains("查询未成功");
		assertThat(ExampleShape.tree(bodies.iterator().next()))
			.as("the contract's example is the answer with the default lock-out, 5 failures and 30 minutes")
			.isEqualTo(ExampleShape.example(Example.QUERY_FAILURE));
		// Every failure waits for the same floor (150 ms), whatever work it did.
		List<Long> medians = new ArrayList<>();
		millis.forEach((kind, took) -> {
			assertThat(took).as(kind).allMatch((ms) -> ms >= 150);
			medians.add(took.stream().sorted().toList().get(took.size() / 2));
		});
		long spread = medians.stream().mapToLong(Long::longValue).max().getAsLong()
				- medians.stream().mapToLong(Long::longValue).min().getAsLong();
		assertThat(spread).as("median failure times %s", millis).isLessThan(50);
		// The good pair: 5 failures locked it like any other code.
		assertProblem(this.api.query(TestCases.client(), good.code(), good.last4()), 404, "case-query-failed");
	}

	@Test
	void codeLocksForThirtyMinutesAfterFiveFailuresEvenForTheRightPair() {
		List<Credential> credentials = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumbers(2));
		Credential target = credentials.get(0);
		for (int i = 0; i < 4; i++) {
			assertThat(this.api.query(TestCases.client(), target.code(), target.wrongLast4()).status()).isEqualTo(404);
		}
		// A success forgets the failures.
		assertThat(this.api.query(TestCases.client(), target.code(), target.last4()).status()).isEqualTo(200);
		double lockoutsBefore = lockouts();
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.query(TestCases.client(), target.code(), target.wrongLast4()).status()).isEqualTo(404);
		}

		Api.Response locked = this.api.query(TestCases.client(), target.code(), target.last4());

		assertProblem(locked, 404, "case-query-failed");
		assertThat(lockouts()).as("operators see the lock-out").isGreaterThanOrEqualTo(lockoutsBefore + 1);
		byte[] codeHash = this.hash.queryCode(target.code());
		Instant lockedUntil = this.jdbc
			.queryForObject("select locked_until from lockout where code_hash = ?", java.sql.Timestamp.class,
					(Object) codeHash)
			.toInstant();
		assertThat(Duration.between(Instant.now(), lockedUntil).toMinutes()).isBetween(28L, 30L);
		try (JedisPooled redis = new JedisPooled(TestRedis.host(), TestRedis.port())) {
			long ttl = redis.pttl(AttemptCounters.attemptsKey(codeHash));
			assertThat(Duration.ofMillis(ttl).toMinutes()).isBetween(28L, 30L);
		}
		// Another person's code of the same case is not affected.
		Credential other = credentials.get(1);
		assertThat(this.api.query(TestCases.client(), other.code(), other.last4()).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from query_audit where locked_now and case_number is null and at > now() - interval '1 minute'",
					Integer.class))
				.isGreaterThanOrEqualTo(1));
	}

	@Test
	void aThousandRandomCodesAgainstOneCaseFindNothing() throws Exception {
		Credential real = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				String client = TestCases.client();
				answers.add(pool.submit(() -> this.api.query(client, randomCode(), real.last4())));
			}
			int successes = 0;
			Set<String> failureBodies = new HashSet<>();
			for (Future<Api.Response> answer : answers) {
				Api.Response response = answer.get();
				if (response.status() == 200) {
					successes++;
				}
				else {
					assertThat(response.status()).isEqualTo(404);
					failureBodies.add(response.body());
				}
			}
			assertThat(successes).isZero();
			assertThat(failureBodies).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.query(TestCases.client(), real.code(), real.last4()).status()).isEqualTo(200);
	}

	@Test
	void clientIsThrottledAfterThirtyQueriesInItsWindow() {
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);
		String client = TestCases.client();
		for (int i = 0; i < 30; i++) {
			assertThat(this.api.query(client, credential.code(), credential.last4()).status()).isEqualTo(200);
		}

		Api.Response throttled = this.api.query(client, credential.code(), credential.last4());

		assertProblem(throttled, 429, "too-many-requests");
		assertThat(throttled.body()).contains("查询过于频繁");
		// Other clients are not affected.
		assertThat(this.api.query(TestCases.client(), credential.code(), credential.last4()).status()).isEqualTo(200);
	}

	@Test
	void aHallKioskServesMoreVisitorsThanOneClientButOnlyAsAKiosk() {
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);
		String kiosk = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
		String asKiosk = "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\"" + credential.last4()
				+ "\",\"channel\":\"KIOSK\"}";
		for (int i = 0; i < 40; i++) {
			assertThat(this.api.query(kiosk, asKiosk).status()).as("kiosk query " + (i + 1)).isEqualTo(200);
		}
		// anyone can claim the channel: from an address that is not a hall kiosk it gives
		// no larger allowance
		String other = TestCases.client();
		for (int i = 0; i < 30; i++) {
			assertThat(this.api.query(other, asKiosk).status()).isEqualTo(200);
		}
		assertProblem(this.api.query(other, asKiosk), 429, "too-many-requests");
	}

	@Test
	void aHotlineClaimFromAnAddressThatIsNotTheIvrIsThrottledLikeAPublicCaller() {
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);
		String asHotline = "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\"" + credential.last4()
				+ "\",\"channel\":\"HOTLINE\"}";
		String ivr = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 40; i++) {
			assertThat(this.api.query(ivr, asHotline).status()).as("IVR query " + (i + 1)).isEqualTo(200);
		}
		String other = TestCases.client();
		for (int i = 0; i < 30; i++) {
			assertThat(this.api.query(other, asHotline).status()).isEqualTo(200);
		}
		assertProblem(this.api.query(other, asHotline), 429, "too-many-requests");
	}

	@Test
	void throttleHoldsForACallerWhoBypassesTheGatewayWhateverItsForwardedHeaderSays() throws IOException {
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);
		// 127.0.0.2 is not a trusted proxy: its X-Forwarded-For is ignored and it is
		// counted itself.
		String address = "127.0.0." + (2 + ThreadLocalRandom.current().nextInt(250));
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			statuses.add(rawQuery(address, "198.51.100." + i, credential.code(), credential.last4()));
		}
		assertThat(statuses.subList(0, 30)).containsOnly(200);
		assertThat(statuses.get(30)).isEqualTo(429);
	}

	@Test
	void everyQueryIsAuditedWithItsChannelAndOutcomeButNeverItsCode() {
		String caseNumber = TestCases.caseNumber();
		Credential credential = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		String client = TestCases.client();
		this.api.query(client, "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\"" + credential.last4()
				+ "\",\"channel\":\"KIOSK\"}");
		this.api.query(client, credential.code(), credential.wrongLast4());
		String clientHash = this.hash.client(client);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select channel, outcome, case_number from query_audit where client_hash = ? order by id",
					clientHash))
				.extracting((row) -> row.get("channel") + "/" + row.get("outcome") + "/" + row.get("case_number"))
				.containsExactly("KIOSK/SUCCESS/" + caseNumber, "WEB/WRONG_ID/null"));
		String everything = this.jdbc.queryForObject(
				"select string_agg(concat_ws('|', at, channel, outcome, client_hash, case_number, officer, visitor_id_last4), ',') from query_audit",
				String.class);
		assertThat(everything).doesNotContain(credential.code()).doesNotContain(client);
	}

	@Test
	void channelAdaptersResolveACredentialToBindIt() {
		String caseNumber = TestCases.caseNumber();
		Credential credential = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		String body = "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\"" + credential.last4()
				+ "\",\"channel\":\"WECHAT\"}";

		Api.Response resolved = this.api.send("POST", "/internal/credentials/resolve", "application/json", body, null);

		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		assertThat(resolved.<String>read("$.caseNumber")).isEqualTo(caseNumber);
		String ref = resolved.read("$.credentialRef");
		Api.Response status = this.api.get("/internal/credentials/" + ref);
		assertThat(status.<Boolean>read("$.active")).isTrue();
		assertThat(status.<String>read("$.caseNumber")).isEqualTo(caseNumber);
		assertProblem(
				this.api.send("POST", "/internal/credentials/resolve", "application/json",
						"{\"queryCode\":\"" + randomCode() + "\",\"idLast4\":\"" + credential.last4() + "\"}", null),
				404, "case-query-failed");
		this.api.staff(TestTokens.caseManager(), "POST",
				"/api/cases/" + Api.path(caseNumber) + "/persons/" + credential.personId() + "/credential/revoke",
				null);
		assertThat(this.api.get("/internal/credentials/" + ref).<Boolean>read("$.active")).isFalse();
	}

	static String randomCode() {
		return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
	}

	/**
	 * A query sent from a chosen loopback address, as a caller who bypasses the gateway.
	 */
	private int rawQuery(String from, String claimedClient, String code, String last4) throws IOException {
		byte[] body = ("{\"queryCode\":\"" + code + "\",\"idLast4\":\"" + last4 + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 2000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/cases/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "X-Forwarded-For: " + claimedClient + "\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			return Integer.parseInt(statusLine.substring(9, 12));
		}
	}

	/** All lock-outs so far, as Prometheus scrapes them. */
	private double lockouts() {
		double total = 0;
		for (String line : new ServiceProbe(this.port).get("/actuator/prometheus").body().split("\n")) {
			if (line.startsWith("casequery_lockouts_total{")) {
				total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return total;
	}

}
