package cn.jianwu.casequery.redis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.casefile.CaseViews;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped in the middle of the test: queries go on from PostgreSQL, the lock-out
 * counts in PostgreSQL, and when Redis is back the circuit closes and the lock still
 * holds. This service gets a Redis of its own for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.case-query.redis.wait-in-open-state=1s", "jianwu.case-query.audit.flush-every=50ms" })
class RedisOutageIT {

	static final RedisProcess REDIS = RedisProcess.onFreePort().start();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RedisGuard guard;

	@Autowired
	KeyedHash hash;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", REDIS::port);
		TestStaffTokens.register(registry);
	}

	@AfterAll
	static void stopRedis() {
		REDIS.stop();
	}

	@Test
	void queriesGoOnFromPostgresqlAndTheLockOutHoldsAcrossTheOutage() {
		Api api = new Api(this.port);
		String caseNumber = TestCases.caseNumber();
		List<Credential> credentials = TestCases.create(api, caseNumber, TestCases.idNumbers(2));
		Credential reader = credentials.get(0);
		Credential target = credentials.get(1);
		String client = TestCases.client();
		assertThat(api.query(client, reader.code(), reader.last4()).status()).isEqualTo(200);
		try (JedisPooled redis = new JedisPooled("127.0.0.1", REDIS.port())) {
			assertThat(redis.exists(CaseViews.key(caseNumber, version(caseNumber)))).isTrue();
		}

		REDIS.stop();

		for (int i = 0; i < 8; i++) {
			Api.Response answer = api.query(TestCases.client(), reader.code(), reader.last4());
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.<String>read("$.caseNumber")).isEqualTo(caseNumber);
			assertThat(answer.took()).isLessThan(Duration.ofSeconds(2));
		}
		assertThat(this.guard.state()).isNotEqualTo("CLOSED");
		assertThat(new Api(this.port).get("/actuator/health/readiness").status()).isEqualTo(200);
		// A change while Redis is down is seen at once (the view comes from PostgreSQL).
		assertThat(api
			.staff(TestTokens.caseManager(), "POST", "/api/cases/" + Api.path(caseNumber) + "/events",
					"{\"stage\":\"提起公诉\",\"date\":\"" + LocalDate.now() + "\"}")
			.status()).isEqualTo(201);
		assertThat(api.query(TestCases.client(), reader.code(), reader.last4()).<String>read("$.stage"))
			.isEqualTo("提起公诉");
		// The lock-out counts in PostgreSQL.
		for (int i = 0; i < 5; i++) {
			assertThat(api.query(TestCases.client(), target.code(), target.wrongLast4()).status()).isEqualTo(404);
		}
		assertThat(this.jdbc.queryForObject(
				"select attempts from lockout where code_hash = ? and locked_until > now() + interval '29 minutes'",
				Integer.class, (Object) this.hash.queryCode(target.code())))
			.isEqualTo(5);
		assertThat(api.query(TestCases.client(), target.code(), target.last4()).status()).isEqualTo(404);

		REDIS.start();

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			assertThat(api.query(TestCases.client(), reader.code(), reader.last4()).status()).isEqualTo(200);
			assertThat(this.guard.state()).isEqualTo("CLOSED");
		});
		try (JedisPooled redis = new JedisPooled("127.0.0.1", REDIS.port())) {
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> assertThat(redis.get(CaseViews.key(caseNumber, version(caseNumber)))).contains("提起公诉"));
		}
		// The lock made while Redis was down still holds.
		assertThat(api.query(TestCases.client(), target.code(), target.last4()).status()).isEqualTo(404);
	}

	private long version(String caseNumber) {
		return this.jdbc.queryForObject("select version from case_file where case_number = ?", Long.class, caseNumber);
	}

}
