package cn.jianwu.hall;

import cn.jianwu.hall.call.DisclosureServiceStub;
import cn.jianwu.hall.casequery.CaseQueryServiceStub;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestStaffTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running service shared by the integration tests (same configuration, so Spring
 * keeps one context): the real PostgreSQL, Redis and Kafka of test-support, staff tokens
 * from {@link TestStaffTokens}, disclosure-service simulated at its HTTP boundary
 * ({@link DisclosureServiceStub}). Each test uses its own messages and client addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class HallIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.redis(registry);
		TestInfrastructure.kafka(registry);
		TestStaffTokens.register(registry);
		// disclosure-service at its HTTP boundary, for open calls and activities alike
		registry.add("jianwu.hall.disclosure-url", DisclosureServiceStub::url);
		// Each question to the stub answers what the test set up last.
		registry.add("jianwu.hall.disclosure-client.public-item-cache", () -> "0s");
		// The tests sweep themselves.
		registry.add("jianwu.hall.calls.sweep-interval", () -> "1h");
		registry.add("jianwu.hall.activities.sweep-interval", () -> "1h");
		// case-query-service at its HTTP boundary (the lawyer check of lawyers' bookings)
		registry.add("jianwu.hall.case-query-url", CaseQueryServiceStub::url);
	}

}
