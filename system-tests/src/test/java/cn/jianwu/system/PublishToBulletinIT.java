package cn.jianwu.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.disclosure.DisclosureApplication;
import cn.jianwu.disclosure.outbox.DisclosureOutbox;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.TestKafka;
import cn.jianwu.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first slice over the bus: disclosure-service's outbox publishes an item, and the
 * packaged channel-bulletin, running as its own process on the same real broker and
 * database server, shows it on the bulletin.
 */
class PublishToBulletinIT {

	@Test
	void anItemPublishedByDisclosureServiceShowsOnTheBulletin() throws Exception {
		Map<String, String> stores = Map.of("KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "DB_URL",
				TestPostgres.url(), "DB_USER", TestPostgres.user(), "DB_PASSWORD", TestPostgres.password());
		Path logs = Files.createDirectories(Path.of("target", "service-logs"));
		try (ServiceProcess bulletin = ServiceProcess.start(Path.of(System.getProperty("jianwu.bulletin.jar")), stores,
				logs.resolve("channel-bulletin.log"));
				ConfigurableApplicationContext disclosure = new SpringApplicationBuilder(DisclosureApplication.class)
					.run("--server.port=0", "--spring.datasource.url=" + TestPostgres.url(),
							"--spring.datasource.username=" + TestPostgres.user(),
							"--spring.datasource.password=" + TestPostgres.password(),
							"--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers())) {
			String itemId = UUID.randomUUID().toString();
			disclosure.getBean(DisclosureOutbox.class)
				.record(new DisclosurePublished(itemId, 1, Category.GOVERNMENT_AFFAIRS, null, "2026年第四季度检务公开工作安排",
						"本院第四季度检务公开工作安排。", "<p>正文</p>", "办公室", Visibility.PUBLIC, List.of(Channel.values()),
						Instant.now(), "http://localhost:8080/items/" + itemId, List.of()));

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(bulletin.probe().get("/bulletin/items").body()).contains(itemId)
					.contains("2026年第四季度检务公开工作安排"));
		}
	}

}
