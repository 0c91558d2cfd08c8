package cn.jianwu.search.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.search.SearchApi;
import cn.jianwu.search.SearchApi.Response;
import cn.jianwu.search.SearchTestServers;
import cn.jianwu.search.TcpProxy;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.TestElasticsearch;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.search.SearchApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch goes away (the connection to the real node is cut) and comes back: the
 * public gets a 503 Problem meanwhile, never an Elasticsearch error, and the indexer
 * waits the outage out instead of dead-lettering the events, then catches up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ElasticsearchOutageIT {

	static final TcpProxy ELASTICSEARCH = TcpProxy.to(TestElasticsearch.url());

	static SearchTestServers.Names names;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		names = SearchTestServers.register(registry, "outage");
		registry.add("jianwu.elasticsearch.url", ELASTICSEARCH::url);
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	SearchApi api;

	@BeforeEach
	void setUp() {
		this.api = new SearchApi(this.port);
		SearchTestServers.awaitIndexer(this.listeners, TestKafka.bootstrapServers(), this.events, this.api);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.api.search().status() == 200);
	}

	@AfterEach
	void restore() {
		ELASTICSEARCH.open();
	}

	@Test
	void searchAnswersAServiceUnavailableProblemWhileElasticsearchIsAway() {
		ELASTICSEARCH.cut();

		Response search = this.api.search("q", "不起诉决定书");
		assertProblem(search, 503, "search-unavailable");
		assertThat(search.<String>read("$.title")).isEqualTo("检索服务暂时不可用");
		assertThat(search.retryAfter()).isEqualTo("30");
		assertProblem(this.api.get("/api/search/suggest?q=abc", null), 503, "search-unavailable");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "DOWN".equals(new ServiceProbe(this.port).status("elasticsearch")));

		ELASTICSEARCH.open();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.search("q", "不起诉决定书").status() == 200);
	}

	@Test
	void theIndexerWaitsTheOutageOutAndCatchesUpWithoutDeadLetters() {
		String department = "停机测试部门-" + UUID.randomUUID();
		ELASTICSEARCH.cut();
		List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
		for (String id : ids) {
			this.events.send(new DisclosurePublished(id, 1, Category.GOVERNMENT_AFFAIRS, null, "2025年第三季度案件办理情况通报",
					"定期公开办案数据。", "<p>本季度共受理各类案件436件。</p>", department, Visibility.PUBLIC, List.of(Channel.PORTAL),
					Instant.now(), "http://localhost:8080/items/" + id, List.of()));
		}
		String deadLetters = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, names.group());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(deadLetters));
			// far longer than the bounded retries of a failing record would take
			await().during(Duration.ofSeconds(8))
				.atMost(Duration.ofSeconds(12))
				.until(() -> consumer.poll(Duration.ofMillis(200)).records(deadLetters).iterator().hasNext() == false);

			ELASTICSEARCH.open();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(
						() -> assertThat(this.api.search("department", department).<List<String>>read("$.hits[*].id"))
							.containsExactlyInAnyOrderElementsOf(ids));
			assertThat(consumer.poll(Duration.ofSeconds(1)).count()).isZero();
		}
	}

}
