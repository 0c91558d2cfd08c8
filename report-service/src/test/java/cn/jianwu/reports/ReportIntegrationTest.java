package cn.jianwu.reports;

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
 * keeps one context): the real PostgreSQL and Kafka of test-support, staff tokens from
 * {@link TestStaffTokens}, disclosure-service simulated at its HTTP boundary
 * ({@link DisclosureServiceStub}). Tests send their events to the real topics
 * ({@code TestEvents}) and use their own items, departments and periods, so they do not
 * see each other's rows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ReportIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
		TestStaffTokens.register(registry);
		registry.add("jianwu.reports.disclosure-url", DisclosureServiceStub::url);
	}

}
