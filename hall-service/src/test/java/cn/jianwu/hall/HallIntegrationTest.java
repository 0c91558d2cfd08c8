package cn.jianwu.hall;

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
 * from {@link TestStaffTokens}. Each test uses its own messages and client addresses.
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
		// case-query-service at its HTTP boundary (the lawyer check of lawyers' bookings)
		registry.add("jianwu.hall.case-query-url", CaseQueryServiceStub::url);
	}

}
