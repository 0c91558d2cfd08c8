package cn.jianwu.search.indexing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.search.SearchApi;
import cn.jianwu.search.SearchApi.Response;
import cn.jianwu.search.SearchTestServers;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indexer on the real Kafka and Elasticsearch: what the public can find after each
 * kind of event, whatever their order or repetition, and what the portal reports to
 * disclosure-service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DisclosureIndexerIT {

	static SearchTestServers.Names names;

	static final AtomicInteger DEPARTMENTS = new AtomicInteger();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		names = SearchTestServers.register(registry, "indexer");
	}

	@LocalServerPort
	int port;

	@Autowired
	EventSender events;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	SearchApi api;

	/** Each test's items carry a department of their own, so searches see only them. */
	String department;

	@BeforeEach
	void setUp() {
		this.api = new SearchApi(this.port);
		SearchTestServers.awaitIndexer(this.listeners, TestKafka.bootstrapServers(), this.events, this.api);
		this.department = "测试部门" + DEPARTMENTS.incrementAndGet() + "-" + UUID.randomUUID();
	}

	@Test
	void aPublishedItemIsFoundWithItsTextAndTheDeliveryIsReported() {
		String id = UUID.randomUUID().toString();
		this.events.send(item(id, 1, "关于开展“检察开放日”活动的公告", Visibility.PUBLIC, List.of(Channel.PORTAL)));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(titles()).containsExactly("关于开展“检察开放日”活动的公告"));
		Response hit = this.api.search("department", this.department);
		assertThat(hit.<String>read("$.hits[0].id")).isEqualTo(id);
		assertThat(hit.<String>read("$.hits[0].summary")).isEqualTo("邀请社会各界走进检察院。");
		assertThat(hit.<String>read("$.hits[0].portalUrl")).isEqualTo("http://localhost:8080/items/" + id);
		// the body's markup is not indexed; its text is
		assertThat(this.api.search("q", "听取检察工作报告", "department", this.department).<List<String>>read("$.hits[*].id"))
			.containsExactly(id);
		assertThat(this.api.search("q", "strong", "department", this.department).<Integer>read("$.total")).isZero();
		// attachment names are searchable
		assertThat(this.api.search("q", "活动安排表", "department", this.department).<List<String>>read("$.hits[*].id"))
			.containsExactly(id);

		ChannelDeliveryReported report = report(id, 1, DeliveryStatus.DELIVERED);
		assertThat(report.externalRef()).isEqualTo(names.alias() + "-v1");
		assertThat(report.reason()).isNull();
	}

	@Test
	void aWithdrawnItemIsGoneAndNoOlderEventBringsItBack() {
		String id = UUID.randomUUID().toString();
		DisclosurePublished first = item(id, 1, "王某涉嫌盗窃案不起诉决定书", Visibility.PUBLIC, List.of(Channel.PORTAL));
		DisclosureRevised second = revised(first, 2, "王某涉嫌盗窃案不起诉决定书（更正）");
		this.events.send(first);
		this.events.send(second);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(titles()).containsExactly("王某涉嫌盗窃案不起诉决定书（更正）"));

		this.events.send(new DisclosureWithdrawn(id, 2, "文书信息有误", Instant.now()));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles()).isEmpty());
		assertThat(report(id, 2, DeliveryStatus.RETRACTED).externalRef()).isNull();

		// the same events again, as after a consumer reset
		this.events.send(first);
		this.events.send(second);
		awaitMarker();
		assertThat(titles()).isEmpty();
		assertThat(this.api.search("q", "王某涉嫌盗窃案").<List<String>>read("$.hits[*].id")).doesNotContain(id);
		assertThat(this.api.get("/api/search/suggest?q=" + encode("王某涉嫌盗窃案"), null)
			.<List<String>>read("$.suggestions[*].id")).doesNotContain(id);
	}

	@Test
	void aSectionFiltersTheHitsItsCountsStayWithinTheCategoryAndAWithdrawnItemLeavesBoth() {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		this.events.send(item(first, Category.CASE_INFO, "LEGAL_DOCUMENT", "张某盗窃案不起诉决定书"));
		this.events.send(item(second, Category.CASE_INFO, "LEGAL_DOCUMENT", "赵某诈骗案起诉书"));
		this.events.send(item(UUID.randomUUID().toString(), Category.CASE_INFO, "TYPICAL_CASE", "电信网络诈骗典型案例"));
		this.events.send(item(UUID.randomUUID().toString(), Category.GOVERNMENT_AFFAIRS, "GUIDE", "审查起诉阶段权利义务告知书"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles()).hasSize(4));

		Response documents = this.api.search("department", this.department, "subKind", "LEGAL_DOCUMENT");
		assertThat(documents.<List<String>>read("$.hits[*].id")).containsExactlyInAnyOrder(first, second);
		assertThat(documents.<List<String>>read("$.hits[*].subKindLabel")).containsOnly("生效法律文书");
		assertThat(documents.<Map<String, Integer>>read("$.subKinds")).as("all sections, not only the one chosen")
			.containsExactlyInAnyOrderEntriesOf(Map.of("LEGAL_DOCUMENT", 2, "TYPICAL_CASE", 1, "GUIDE", 1));
		assertThat(this.api.search("department", this.department, "category", "CASE_INFO", "subKind", "LEGAL_DOCUMENT")
			.<Map<String, Integer>>read("$.subKinds"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("LEGAL_DOCUMENT", 2, "TYPICAL_CASE", 1));

		this.events.send(new DisclosureWithdrawn(first, 1, "文书信息有误", Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.search("department", this.department, "subKind", "LEGAL_DOCUMENT")
				.<List<String>>read("$.hits[*].id")).containsExactly(second));
		assertThat(this.api.search("department", this.department, "category", "CASE_INFO")
			.<Map<String, Integer>>read("$.subKinds"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("LEGAL_DOCUMENT", 1, "TYPICAL_CASE", 1));
	}

	@Test
	void outOfOrderAndRepeatedEventsNeverReplaceANewerRevision() {
		String id = UUID.randomUUID().toString();
		DisclosurePublished first = item(id, 1, "2025年第一季度检察长接待日安排", Visibility.PUBLIC, List.of(Channel.PORTAL));
		DisclosureRevised second = revised(first, 2, "2025年第一季度检察长接待日安排（调整）");
		DisclosureRevised third = revised(first, 3, "2025年第一季度检察长接待日安排（再次调整）");
		this.events.send(third);
		this.events.send(first);
		this.events.send(second);
		this.events.send(third);
		awaitMarker();

		assertThat(titles()).containsExactly("2025年第一季度检察长接待日安排（再次调整）");
		assertThat(this.api.search("department", this.department).<Integer>read("$.hits[0].revision")).isEqualTo(3);
		// the repeated revision is reported again (a lost report is replaced); stale ones
		// are not reported at all
		report(id, 3, DeliveryStatus.DELIVERED);
		List<ChannelDeliveryReported> all = allReports(id);
		assertThat(all).filteredOn((r) -> r.revision() == 3).hasSizeGreaterThanOrEqualTo(2);
		assertThat(all).noneMatch((r) -> r.revision() != 3);
	}

	@Test
	void internalItemsAreNeverIndexedAndAnItemTurnedInternalDisappears() {
		String internal = UUID.randomUUID().toString();
		this.events.send(item(internal, 1, "关于年度考核工作的内部通知", Visibility.INTERNAL, List.of(Channel.BULLETIN)));
		String turned = UUID.randomUUID().toString();
		DisclosurePublished open = item(turned, 1, "关于调整检察服务中心开放时间的通知", Visibility.PUBLIC,
				List.of(Channel.PORTAL, Channel.BULLETIN));
		this.events.send(open);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(titles()).containsExactly("关于调整检察服务中心开放时间的通知"));

		this.events.send(new DisclosureRevised(turned, 2, 1, open.category(), null, "关于调整检察服务中心开放时间的通知（内部）", null,
				"<p>仅限院内</p>", this.department, Visibility.INTERNAL, List.of(Channel.BULLETIN), Instant.now(), null,
				List.of()));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles()).isEmpty());

		ChannelDeliveryReported skipped = report(internal, 1, DeliveryStatus.SKIPPED);
		assertThat(skipped.reason()).contains("内部");
		assertThat(report(turned, 2, DeliveryStatus.SKIPPED).reason()).contains("内部");
		assertThat(this.api.search("q", "年度考核").<List<String>>read("$.hits[*].id")).doesNotContain(internal);
	}

	@Test
	void itemsThatDidNotChooseThePortalAreNotIndexed() {
		String id = UUID.randomUUID().toString();
		this.events.send(item(id, 1, "新闻发布会预告", Visibility.PUBLIC, List.of(Channel.WEIBO, Channel.WECHAT)));
		assertThat(report(id, 1, DeliveryStatus.SKIPPED).reason()).contains("未选择门户网站");
		assertThat(titles()).isEmpty();
	}

	@Test
	void aBacklogIsIndexedInBulk() {
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			this.events.send(item(id, 1, "涉案财物处理结果公告（2025年第" + i + "期）", Visibility.PUBLIC, List.of(Channel.PORTAL)));
		}
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.api.search("department", this.department).<Integer>read("$.total"))
				.isEqualTo(300));
		assertThat(this.api.search("q", "第137期", "department", this.department).<String>read("$.hits[0].id"))
			.isEqualTo(ids.get(136));
	}

	@Test
	void aRecordThatIsNotADisclosureEventGoesToTheDeadLetterTopicAndTheNextOnesAreIndexed() {
		String key = "garbage-" + UUID.randomUUID();
		byte[] value = "{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8);
		String id = UUID.randomUUID().toString();
		this.kafka.send(new ProducerRecord<>(Topics.DISCLOSURE_EVENTS, key, value));
		this.events.send(item(id, 1, "关于公开征集检察工作意见建议的公告", Visibility.PUBLIC, List.of(Channel.PORTAL)));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(titles()).containsExactly("关于公开征集检察工作意见建议的公告"));
		String deadLetters = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, names.group());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(deadLetters));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(record.key())) {
						assertThat(record.value()).isEqualTo(value);
						return true;
					}
				}
				return false;
			});
		}
	}

	/**
	 * Sends an item of this test and waits until it is indexed: all before it are done.
	 */
	private void awaitMarker() {
		String marker = UUID.randomUUID().toString();
		this.events.send(item(marker, 1, "顺序标记", Visibility.PUBLIC, List.of(Channel.PORTAL)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.api.search("department", this.department).<List<String>>read("$.hits[*].id"))
						.contains(marker));
		this.events.send(new DisclosureWithdrawn(marker, 1, "标记", Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.api.search("department", this.department).<List<String>>read("$.hits[*].id"))
						.doesNotContain(marker));
	}

	private List<String> titles() {
		Response response = this.api.search("department", this.department, "size", "50");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.read("$.hits[*].title");
	}

	// Other test classes' contexts index the same events into indices of their own: only
	// the reports of this context (its alias, or no reference) count.
	private ChannelDeliveryReported report(String id, int revision, DeliveryStatus status) {
		return (ChannelDeliveryReported) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.CHANNEL_DELIVERIES,
					(event) -> event.payload() instanceof ChannelDeliveryReported report && report.itemId().equals(id)
							&& report.revision() == revision && report.status() == status && ours(report),
					Duration.ofSeconds(30))
			.get(0)
			.event()
			.payload();
	}

	/**
	 * Every portal report of this context about the item, read to the end of the topic.
	 */
	private List<ChannelDeliveryReported> allReports(String id) {
		List<ChannelDeliveryReported> found = new java.util.ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.CHANNEL_DELIVERIES)
				.stream()
				.map((p) -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (id.equals(record.key())
							&& KafkaEnvelope.fromRecord(record).payload() instanceof ChannelDeliveryReported report
							&& report.channel() == Channel.PORTAL && ours(report)) {
						found.add(report);
					}
				}
			}
		}
		return found;
	}

	private static boolean ours(ChannelDeliveryReported report) {
		return report.channel() == Channel.PORTAL
				&& (report.externalRef() == null || report.externalRef().startsWith(names.alias()));
	}

	private DisclosurePublished item(String id, int revision, String title, Visibility visibility,
			List<Channel> channels) {
		return new DisclosurePublished(id, revision, Category.OTHER, null, title, "邀请社会各界走进检察院。",
				"<p>活动内容包括：参观<strong>12309检察服务中心</strong>，听取检察工作报告。</p>", this.department, visibility, channels,
				Instant.now(), "http://localhost:8080/items/" + id,
				List.of(new AttachmentRef(UUID.randomUUID().toString(), "活动安排表.pdf", "application/pdf", 2048,
						"http://localhost:8080/api/public/items/" + id + "/attachments/a")));
	}

	private DisclosurePublished item(String id, Category category, String subKind, String title) {
		return new DisclosurePublished(id, 1, category, subKind, title, null, "<p>" + title + "</p>", this.department,
				Visibility.PUBLIC, List.of(Channel.PORTAL), Instant.now(), "http://localhost:8080/items/" + id,
				List.of());
	}

	private DisclosureRevised revised(DisclosurePublished item, int revision, String title) {
		return new DisclosureRevised(item.itemId(), revision, revision - 1, item.category(), item.subKind(), title,
				item.summary(), item.body(), item.department(), item.visibility(), item.channels(), Instant.now(),
				item.portalUrl(), item.attachments());
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
