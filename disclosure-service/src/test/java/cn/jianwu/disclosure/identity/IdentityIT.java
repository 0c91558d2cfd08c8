package cn.jianwu.disclosure.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.jianwu.disclosure.ContractShapes;
import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.identity.LoginAlertView;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.api.identity.StaffView;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.identity.DemoAccounts.DemoAccount;
import cn.jianwu.testsupport.TestInfrastructure;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff login, tokens and the pacing of failed logins through the HTTP API, on real
 * PostgreSQL (and Kafka, which the service needs to start). Each test logs in from its
 * own client address (X-Forwarded-For, believed from loopback), as staff at their own
 * desks. The context is closed after the class: its configuration is its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IdentityIT {

	static final String INVALID_CREDENTIALS = "https://jianwu.cn/problems/invalid-credentials";

	static final String LOGIN_THROTTLED = "https://jianwu.cn/problems/login-throttled";

	static final String UNAUTHORIZED = "https://jianwu.cn/problems/unauthorized";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	SigningKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String desk = randomAddress();

	@Test
	void loginAnswersATokenThatVerifiesAgainstTheKeySetAndCarriesRolesAndDepartment() throws Exception {
		String username = account("公诉部", StaffRole.CLERK, StaffRole.SECTION_HEAD);

		HttpResponse<String> response = login(username, "secret-" + username);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((v) -> assertThat(v).contains("no-store"));
		ContractShapes.assertShape(response.body(), ApiExamples.TOKEN, TokenResponse.class);
		assertThat(JsonPath.<String>read(response.body(), "$.token_type")).isEqualTo("Bearer");
		assertThat(JsonPath.<Integer>read(response.body(), "$.expires_in")).isEqualTo(900);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.roles")).containsExactly("CLERK", "SECTION_HEAD");
		SignedJWT token = SignedJWT.parse(JsonPath.read(response.body(), "$.access_token"));

		HttpResponse<String> jwks = get("/api/auth/jwks", null);
		assertThat(jwks.statusCode()).isEqualTo(200);
		JWKSet keySet = JWKSet.parse(jwks.body());
		assertThat(keySet.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
		assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		RSAKey key = (RSAKey) keySet.getKeyByKeyId(token.getHeader().getKeyID());
		assertThat(key).as("the token's kid is in the key set").isNotNull();
		assertThat(token.verify(new RSASSAVerifier(key))).isTrue();

		JWTClaimsSet claims = token.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
		assertThat(claims.getSubject()).isEqualTo(username);
		assertThat(claims.getStringClaim("name")).isEqualTo("测试" + username);
		assertThat(claims.getStringListClaim("roles")).containsExactly("CLERK", "SECTION_HEAD");
		assertThat(claims.getStringClaim("department")).isEqualTo("公诉部");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void usernameIsCaseInsensitiveAndAStaleTokenDoesNotSpoilALogin() {
		String username = account("办公室", StaffRole.PRESS_OFFICER);

		HttpResponse<String> response = send("POST", "/api/auth/token", "Bearer not-a-token",
				"{\"username\":\" " + username.toUpperCase() + "\",\"password\":\"secret-" + username + "\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void wrongPasswordUnknownUserAndDisabledAccountsAllGetTheSameProblem() {
		String wrongPassword = account("公诉部", StaffRole.CLERK);
		String disabled = account("公诉部", StaffRole.CLERK);
		this.jdbc.sql("UPDATE staff_account SET enabled = FALSE WHERE username = :u").param("u", disabled).update();

		List<HttpResponse<String>> refusals = List.of(login(wrongPassword, "wrong"),
				login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever"),
				login(disabled, "secret-" + disabled), login("", ""), login(wrongPassword, "x".repeat(100)));

		HttpResponse<String> first = refusals.get(0);
		assertThat(first.statusCode()).isEqualTo(401);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JsonPath.<String>read(first.body(), "$.type")).isEqualTo(INVALID_CREDENTIALS);
		assertThat(JsonPath.<String>read(first.body(), "$.title")).isEqualTo("用户名或密码错误");
		assertThat(first.body()).doesNotContain(wrongPassword);
		for (HttpResponse<String> refusal : refusals) {
			assertThat(refusal.statusCode()).isEqualTo(401);
			assertThat(refusal.headers().firstValue("Content-Type"))
				.isEqualTo(first.headers().firstValue("Content-Type"));
			assertThat(refusal.body()).isEqualTo(first.body());
		}
	}

	@Test
	void aClientHammeringAnAccountGets429UntilItsDelayHasPassedEvenWithTheRightPassword() {
		String username = account("案件管理部", StaffRole.CASE_MANAGER);
		String password = "secret-" + username;
		for (int i = 0; i < 5; i++) {
			assertThat(login(username, "wrong-" + i).statusCode()).isEqualTo(401);
		}

		List<HttpResponse<String>> hammering = List.of(login(username, "wrong-5"), login(username, password));

		for (HttpResponse<String> refused : hammering) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(JsonPath.<String>read(refused.body(), "$.type")).isEqualTo(LOGIN_THROTTLED);
			assertThat(JsonPath.<String>read(refused.body(), "$.title")).isEqualTo("登录尝试过于频繁");
		}
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(login(username, password).statusCode()).isEqualTo(200));
	}

	@Test
	void aStrangersFiftyWrongPasswordsDoNotStopTheOwnerLoggingInAndAlertTheAdministrators() throws Exception {
		String chief = account("检察长办公室", StaffRole.CHIEF);
		// 50 wrong passwords, all checked: 5 from each of 10 addresses, at once
		List<String> strangers = IntStream.range(0, 10).mapToObj((i) -> randomAddress()).toList();
		List<CompletableFuture<HttpResponse<String>>> attempts = strangers.stream()
			.flatMap((address) -> IntStream.range(0, 5).mapToObj((i) -> loginAsync(chief, "guess-" + i, address)))
			.toList();
		for (CompletableFuture<HttpResponse<String>> attempt : attempts) {
			assertThat(attempt.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
		}

		long started = System.nanoTime();
		HttpResponse<String> owner = login(chief, "secret-" + chief);
		assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));

		String admin = account("办公室", StaffRole.ADMIN);
		String token = JsonPath.read(login(admin, "secret-" + admin).body(), "$.access_token");
		HttpResponse<String> alerts = get(LoginAlertView.PATH, "Bearer " + token);
		assertThat(alerts.statusCode()).as(alerts.body()).isEqualTo(200);
		List<Integer> counts = JsonPath.read(alerts.body(), "$[?(@.username == '" + chief + "')].failures");
		assertThat(counts).containsExactlyInAnyOrder(5, 10, 20, 40);
		List<String> clients = JsonPath.read(alerts.body(), "$[?(@.username == '" + chief + "')].client");
		assertThat(clients).allSatisfy((client) -> assertThat(client).matches("198\\.1[89]\\.\\d+\\.\\*"));
		assertThat(alerts.body()).doesNotContain(strangers.toArray(String[]::new)).doesNotContain("guess-");
		String chiefToken = JsonPath.read(login(chief, "secret-" + chief).body(), "$.access_token");
		assertThat(get(LoginAlertView.PATH, "Bearer " + chiefToken).statusCode())
			.as("only administrators see the alerts")
			.isEqualTo(403);

		List<String> audited = this.jdbc
			.sql("SELECT comment FROM audit_entry WHERE action = 'LOGIN_FAILURES' AND actor = :u ORDER BY seq")
			.param("u", chief)
			.query(String.class)
			.list();
		assertThat(audited).hasSize(4).allSatisfy((comment) -> assertThat(comment).contains("登录连续失败"));
		assertThat(this.audit.verify().intact()).as("the audit chain holds with access events in it").isTrue();
	}

	@Test
	void aSuccessfulLoginClearsTheClientsFailures() {
		String username = account("公诉部", StaffRole.CLERK);
		String password = "secret-" + username;
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(login(username, "wrong").statusCode()).isEqualTo(401);
			}
			assertThat(login(username, password).statusCode()).isEqualTo(200);
		}
		assertThat(login(username, "wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void meNeedsAValidTokenAndTellsWhoIsCalling() throws Exception {
		String username = account("检务督察部", StaffRole.SUPERVISOR);
		String token = JsonPath.read(login(username, "secret-" + username).body(), "$.access_token");

		HttpResponse<String> me = get("/api/auth/me", "Bearer " + token);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		ContractShapes.assertShape(me.body(), ApiExamples.ME, StaffView.class);
		assertThat(JsonPath.<String>read(me.body(), "$.username")).isEqualTo(username);
		assertThat(JsonPath.<String>read(me.body(), "$.name")).isEqualTo("测试" + username);
		assertThat(JsonPath.<List<String>>read(me.body(), "$.roles")).containsExactly("SUPERVISOR");
		assertThat(JsonPath.<String>read(me.body(), "$.department")).isEqualTo("检务督察部");

		StaffAccount account = this.accounts.findByUsername(username).orElseThrow();
		String expired = this.issuer.issue(account, Instant.now().minus(Duration.ofHours(1))).value();
		String otherIssuer = new TokenIssuer(this.keys, "http://elsewhere.test", "jianwu", Duration.ofMinutes(15))
			.issue(account, Instant.now())
			.value();
		String foreignKey = signedByAForeignKeyWithOurKeyId(account);
		for (String refused : List.of("", "Bearer garbage", "Bearer " + expired, "Bearer " + otherIssuer,
				"Bearer " + foreignKey, "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes()))) {
			HttpResponse<String> response = get("/api/auth/me", refused.isEmpty() ? null : refused);
			assertThat(response.statusCode()).as(refused).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((v) -> assertThat(v).startsWith("Bearer"));
			assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo(UNAUTHORIZED);
			assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo("未登录或登录已过期");
			assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(401);
			assertThat(response.body()).doesNotContain("Jwt").doesNotContain("expired at");
		}
	}

	@Test
	void staffApiNeedsATokenWhileThePublicPartsStayOpen() {
		HttpResponse<String> staff = get("/api/disclosures", null);
		assertThat(staff.statusCode()).isEqualTo(401);
		assertThat(JsonPath.<String>read(staff.body(), "$.type")).isEqualTo(UNAUTHORIZED);

		assertThat(get("/api/public/items", null).statusCode()).isEqualTo(200);
		assertThat(get("/api/auth/jwks", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(get("/no-such-page", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aRoleTheCallerLacksIsAForbiddenProblem() {
		String username = account("公诉部", StaffRole.CLERK);
		String token = JsonPath.read(login(username, "secret-" + username).body(), "$.access_token");

		// The audit check is for the supervision group only (@PreAuthorize).
		HttpResponse<String> response = get("/api/disclosures/audit/verification", "Bearer " + token);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("https://jianwu.cn/problems/forbidden");
		assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo("无权执行此操作");
	}

	@Test
	void everyInstanceSignsWithTheSameStoredKey() throws Exception {
		String username = account("公诉部", StaffRole.CLERK);
		login(username, "secret-" + username);
		IdentityProperties properties = new IdentityProperties(true, Duration.ofMinutes(15),
				new LoginPacing.Settings(Duration.ofMinutes(15), 5, Duration.ofSeconds(1), Duration.ofMinutes(15),
						Duration.ofSeconds(3), 20),
				10, "jianwu", null, null, "");

		SigningKeys anotherInstance = new SigningKeys(this.jdbc, properties);

		assertThat(anotherInstance.current().getKeyID()).isEqualTo(this.keys.current().getKeyID());
		assertThat(this.jdbc.sql("SELECT count(*) FROM signing_key WHERE active").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT private_key FROM signing_key WHERE active").query(String.class).single())
			.startsWith("-----BEGIN PRIVATE KEY-----");
	}

	@Test
	void demoAccountsAreCreatedOnlyByTheDemoStepAndNeverOverwritten() {
		assertThat(this.context.getBeansOfType(DemoAccounts.class)).as("jianwu.demo.enabled is not set").isEmpty();

		// What the demo step runs (the context of this test has it off).
		new DemoAccounts(this.accounts, this.encoder).create();
		for (DemoAccount demo : DemoAccounts.ACCOUNTS) {
			HttpResponse<String> response = login(demo.username(), "demo-" + demo.username());
			assertThat(response.statusCode()).as(demo.username()).isEqualTo(200);
			assertThat(JsonPath.<List<String>>read(response.body(), "$.roles")).containsExactly(demo.role().name());
			assertThat(JsonPath.<String>read(response.body(), "$.department")).isEqualTo(demo.department());
		}

		String username = "demo-" + UUID.randomUUID().toString().substring(0, 8);
		DemoAccounts step = new DemoAccounts(this.accounts, this.encoder,
				List.of(new DemoAccount(username, "演示", "办公室", StaffRole.ADMIN)));
		assertThat(step.create()).isEqualTo(1);
		this.jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :u")
			.param("hash", this.encoder.encode("changed"))
			.param("u", username)
			.update();
		assertThat(step.create()).isZero();
		assertThat(login(username, "changed").statusCode()).isEqualTo(200);
		assertThat(login(username, "demo-" + username).statusCode()).isEqualTo(401);
	}

	private String signedByAForeignKeyWithOurKeyId(StaffAccount account) throws Exception {
		RSAKey foreign = new RSAKeyGenerator(2048).keyID(this.keys.current().getKeyID()).generate();
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreign.getKeyID()).type(JOSEObjectType.JWT).build(),
				new JWTClaimsSet.Builder().issuer("http://localhost:8080")
					.subject(account.username())
					.claim("roles", List.of("ADMIN"))
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(600)))
					.build());
		jwt.sign(new RSASSASigner(foreign));
		return jwt.serialize();
	}

	private String account(String department, StaffRole... roles) {
		String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createIfAbsent(new NewStaffAccount(username, "测试" + username, department, List.of(roles),
				this.encoder.encode("secret-" + username)));
		return username;
	}

	/** From this test's own desk. */
	private HttpResponse<String> login(String username, String password) {
		try {
			return loginAsync(username, password, this.desk).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private CompletableFuture<HttpResponse<String>> loginAsync(String username, String password, String address) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/auth/token"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/** An address of the benchmarking range (198.18.0.0/15), new for each test. */
	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	private HttpResponse<String> get(String path, String authorization) {
		return send("GET", path, authorization, null);
	}

	private HttpResponse<String> send(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
