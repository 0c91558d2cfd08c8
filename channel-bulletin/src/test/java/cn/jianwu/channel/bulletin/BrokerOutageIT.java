package cn.jianwu.channel.bulletin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.StandaloneKafkaBroker;
import cn.jianwu.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away under a running service and comes back: health turns DOWN without
 * a crash, then UP again, and the service goes on consuming, with no restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianwu.bulletin.reconcile.enabled=false")
@DirtiesContext
class BrokerOutageIT {

	static final StandaloneKafkaBroker broker = StandaloneKafkaBroker.started();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		broker.register(registry);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Test
	void healthFollowsTheBrokerAndConsumingResumesAfterItReturns() throws Exception {
		ServiceProbe probe = new ServiceProbe(this.port);
		await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(probe.status()));

		broker.stop();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(probe.status("kafka")).isEqualTo("DOWN");
			assertThat(probe.get("/actuator/health").statusCode()).isEqualTo(503);
		});
		assertThat(probe.get("/actuator/health/liveness").statusCode()).as("still alive while the broker is away")
			.isEqualTo(200);

		broker.start();
		await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(probe.status()));

		String itemId = UUID.randomUUID().toString();
		this.events.send(new DisclosurePublished(itemId, 1, Category.OTHER, null, "恢复后发布的公告", "摘要", "正文", "办公室",
				Visibility.PUBLIC, List.of(Channel.BULLETIN), Instant.now(), null, List.of()));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(probe.get("/bulletin/items").body()).contains(itemId));
	}

}
