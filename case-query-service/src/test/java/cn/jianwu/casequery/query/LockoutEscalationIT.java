package cn.jianwu.casequery.query;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.ExampleShape;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.testsupport.TestRedis;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jianwu.casequery.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progressive lock-out end to end: each lock of a code lasts twice the one before,
 * the third within 7 days lasts until the desk re-issues the credential, and case
 * management sees the repeated locks as alerts. The time between locks is let pass by
 * ending each lock in PostgreSQL and Redis, as its expiry would.
 */
class LockoutEscalationIT extends CaseQueryIntegrationTest {

	@Autowired
	KeyedHash hash;

	@Test
	void eachLockDoublesTheThirdLastsUntilTheDeskReissuesTheCodeAndCaseManagementIsAlerted() {
		String caseNumber = TestCases.caseNumber();
		Credential target = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		byte[] codeHash = this.hash.queryCode(target.code());

		failFiveTimes(target);
		assertThat(lockedFor(codeHash)).isBetween(28L, 30L);
		assertThat(alertsOf(caseNumber)).as("a single lock may be someone mistyping").isEmpty();

		letTheLockPass(codeHash);
		failFiveTimes(target);
		assertThat(lockedFor(codeHash)).isBetween(58L, 60L);
		assertThat(redisLockedFor(codeHash)).isBetween(58L, 60L);
		assertThat(alertsOf(caseNumber)).singleElement().satisfies((alert) -> {
			assertThat(alert).containsEntry("lockCount", 2).containsEntry("untilReissue", false);
			assertThat(alert).containsEntry("state", "LOCKED");
			assertThat(alert.toString()).doesNotContain(target.code());
		});

		letTheLockPass(codeHash);
		for (int i = 0; i < 4; i++) {
			assertThat(this.api.query(TestCases.client(), target.code(), target.wrongLast4()).body())
				.doesNotContain(LockoutPolicy.UNTIL_REISSUE);
		}
		Api.Response finalLock = this.api.query(TestCases.client(), target.code(), target.wrongLast4());
		assertProblem(finalLock, 404, "case-query-failed");
		assertThat(finalLock.<String>read("$.detail")).isEqualTo(LockoutPolicy.UNTIL_REISSUE);

		// however long after, even the right pair is refused and sent to the desk
		letTheLockPass(codeHash);
		Api.Response rightPair = this.api.query(TestCases.client(), target.code(), target.last4());
		assertProblem(rightPair, 404, "case-query-failed");
		assertThat(rightPair.<String>read("$.detail")).contains("案件管理部门或控告申诉检察部门");
		assertThat(alertsOf(caseNumber)).hasSize(2).first().satisfies((alert) -> {
			assertThat(alert).containsEntry("lockCount", 3).containsEntry("untilReissue", true);
			assertThat(alert).containsEntry("state", "LOCKED_UNTIL_REISSUE")
				.containsEntry("stateLabel", "已锁定，须到窗口重新办理查询码");
		});

		Api.Response reissued = this.api.staff(TestTokens.caseManager(), "POST",
				"/api/cases/" + Api.path(caseNumber) + "/persons/" + target.personId() + "/credential", null);
		assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
		String newCode = reissued.read("$.queryCode");
		assertThat(this.api.query(TestCases.client(), newCode, target.last4()).status()).isEqualTo(200);
		assertThat(alertsOf(caseNumber)).allSatisfy((alert) -> assertThat(alert).containsEntry("state", "CLOSED"));
		assertThat(this.jdbc.queryForObject("select count(*) from lock_history where code_hash = ?", Integer.class,
				(Object) codeHash))
			.as("re-issuing clears the escalation")
			.isZero();
	}

	@Test
	void alertsAreForCaseManagementOnly() {
		assertThat(this.api.staff(TestTokens.supervisor(), "GET", "/api/cases/alerts", null).status()).isEqualTo(200);
		assertProblem(this.api.staff(TestTokens.clerk(), "GET", "/api/cases/alerts", null), 403, "forbidden");
		assertProblem(this.api.anonymous("GET", "/api/cases/alerts", null), 401, "unauthorized");
	}

	private void failFiveTimes(Credential target) {
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.query(TestCases.client(), target.code(), target.wrongLast4()).status()).isEqualTo(404);
		}
	}

	private long lockedFor(byte[] codeHash) {
		Instant until = this.jdbc
			.queryForObject("select locked_until from lockout where code_hash = ?", Timestamp.class, (Object) codeHash)
			.toInstant();
		return Duration.between(Instant.now(), until).toMinutes();
	}

	private long redisLockedFor(byte[] codeHash) {
		try (JedisPooled redis = new JedisPooled(TestRedis.host(), TestRedis.port())) {
			return Duration.ofMillis(redis.pttl(AttemptCounters.attemptsKey(codeHash))).toMinutes();
		}
	}

	/** What the lock's expiry does: the row's lock is over, Redis forgot the failures. */
	private void letTheLockPass(byte[] codeHash) {
		this.jdbc.update("update lockout set locked_until = now() - interval '1 second' where code_hash = ?",
				(Object) codeHash);
		try (JedisPooled redis = new JedisPooled(TestRedis.host(), TestRedis.port())) {
			redis.del(AttemptCounters.attemptsKey(codeHash));
		}
	}

	private List<Map<String, Object>> alertsOf(String caseNumber) {
		Api.Response alerts = this.api.staff(TestTokens.caseManager(), "GET", "/api/cases/alerts", null);
		assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
		List<Map<String, Object>> all = alerts.read("$");
		if (!all.isEmpty()) {
			ExampleShape.assertSameShape(alerts.body(), Example.LOCKOUT_ALERTS);
		}
		return all.stream().filter((alert) -> caseNumber.equals(alert.get("caseNumber"))).toList();
	}

}
