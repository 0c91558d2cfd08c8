package cn.jianwu.casequery.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.testsupport.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public view is cached in Redis (cache-aside), replaced on every change of the case,
 * and loaded once however many queries miss it at the same moment.
 */
class CaseViewCacheIT extends CaseQueryIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Test
	void aNewProcedureStepReplacesTheCachedView() {
		String caseNumber = TestCases.caseNumber();
		Credential credential = TestCases.create(this.api, caseNumber, TestCases.idNumber()).get(0);
		long version = version(caseNumber);
		String client = TestCases.client();
		assertThat(this.api.query(client, credential.code(), credential.last4()).<String>read("$.stage"))
			.isEqualTo("审查起诉");
		try (JedisPooled redis = new JedisPooled(TestRedis.host(), TestRedis.port())) {
			String cached = redis.get(CaseViews.key(caseNumber, version));
			assertThat(cached).contains("审查起诉").contains(caseNumber);
			double loads = loads();
			assertThat(this.api.query(client, credential.code(), credential.last4()).status()).isEqualTo(200);
			assertThat(loads()).as("answered from the cache").isEqualTo(loads);

			Api.Response step = this.api.staff(TestTokens.caseManager(), "POST",
					"/api/cases/" + Api.path(caseNumber) + "/events",
					"{\"stage\":\"提起公诉\",\"date\":\"" + LocalDate.now() + "\"}");
			assertThat(step.status()).isEqualTo(201);

			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(redis.exists(CaseViews.key(caseNumber, version))).isFalse());
			Api.Response after = this.api.query(client, credential.code(), credential.last4());
			assertThat(after.<String>read("$.stage")).isEqualTo("提起公诉");
			assertThat(after.<List<String>>read("$.events[*].stage")).containsExactly("受理", "审查起诉", "提起公诉");
			assertThat(redis.get(CaseViews.key(caseNumber, version(caseNumber)))).contains("提起公诉");
		}
	}

	@Test
	void manySimultaneousMissesLoadTheViewOnce() throws Exception {
		String caseNumber = TestCases.caseNumber();
		List<Credential> credentials = TestCases.create(this.api, caseNumber, TestCases.idNumbers(24));
		double before = loads();
		ExecutorService pool = Executors.newFixedThreadPool(credentials.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (Credential credential : credentials) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.api.query(TestCases.client(), credential.code(), credential.last4());
				}));
			}
			start.countDown();
			for (Future<Api.Response> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(loads() - before).isEqualTo(1.0);
	}

	private long version(String caseNumber) {
		return this.jdbc.queryForObject("select version from case_file where case_number = ?", Long.class, caseNumber);
	}

	private double loads() {
		return this.meters.get("casequery.view.loads").counter().count();
	}

}
