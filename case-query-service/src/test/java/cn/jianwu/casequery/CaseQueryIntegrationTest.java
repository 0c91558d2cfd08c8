package cn.jianwu.casequery;

import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.BeforeEach;

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
 * from {@link TestTokens}. Each test uses its own cases and client addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.case-query.audit.flush-every=50ms",
				"jianwu.case-query.query.clients.kiosks=" + CaseQueryIntegrationTest.KIOSKS,
				"jianwu.case-query.query.clients.ivr=" + CaseQueryIntegrationTest.IVR })
public abstract class CaseQueryIntegrationTest {

	/**
	 * The service hall's kiosks in the tests (TestCases.client() never answers these).
	 */
	public static final String KIOSKS = "192[.]0[.]2[.][0-9]+";

	/**
	 * The IVR platform in the tests (TestCases.client() never answers these).
	 */
	public static final String IVR = "203[.]0[.]113[.][0-9]+";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	protected Api api;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.redis(registry);
		TestInfrastructure.kafka(registry);
		TestStaffTokens.register(registry);
	}

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

}
