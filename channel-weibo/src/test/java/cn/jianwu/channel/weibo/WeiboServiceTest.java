package cn.jianwu.channel.weibo;

import cn.jianwu.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context the service's integration tests share: real PostgreSQL and
 * Kafka, the Weibo API simulated by {@link WeiboSimulator#shared()}. Every test class
 * extends this without adding configuration, so the context starts once; two contexts
 * would be two instances of the service sharing the ledger, each with its own settings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class WeiboServiceTest {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
		registry.add("jianwu.weibo.api-base-url", () -> WeiboSimulator.shared().baseUrl());
	}

}
