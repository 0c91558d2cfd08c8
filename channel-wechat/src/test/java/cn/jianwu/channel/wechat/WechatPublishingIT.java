package cn.jianwu.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.Topics;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.TestKafka;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class WechatPublishingIT extends WechatIntegrationTest {

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	List<ChannelPort> ports;

	@Test
	void oneEventIsOneArticleEvenWhenTheEventComesAgainAndTheConsumerRestarts() throws Exception {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		ProducerRecord<String, byte[]> published = record(item(itemId, 1));
		send(published);
		send(published);
		assertThat(awaitAwaiting(itemId, 1)).isEqualTo(publishId);

		MessageListenerContainer consumer = this.listeners.getListenerContainer("channel-delivery");
		consumer.stop();
		consumer.start();
		RecordMetadata again = send(published);
		awaitConsumed(again);

		assertThat(WechatApiStub.count(drafts(itemId, 1))).isEqualTo(1);
		assertThat(WechatApiStub.count(submissions(itemId, 1))).isEqualTo(1);
		assertThat(callback("POST", null, publishJobFinished(publishId, 0, "ART-" + itemId)).body())
			.isEqualTo("success");
		awaitReport(itemId, 1, DeliveryStatus.DELIVERED);
	}

	@Test
	void theArticleCountsAsDeliveredOnlyOnceWechatReportsItPublished() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		send(item(itemId, 1));
		awaitAwaiting(itemId, 1);
		// the sweep asks WeChat, which still says "publishing": nothing is reported yet
		await().atMost(Duration.ofSeconds(15)).until(() -> WechatApiStub.count(statusQueries(publishId)) >= 2);
		assertThat(ledger(itemId, 1, "POST")).get().extracting((row) -> row.get("status")).isEqualTo("AWAITING_RESULT");

		assertThat(callback("POST", null, publishJobFinished(publishId, 0, "ART-" + itemId)).statusCode())
			.isEqualTo(200);

		ChannelDeliveryReported report = awaitReport(itemId, 1, DeliveryStatus.DELIVERED);
		assertThat(report.externalRef()).isEqualTo("ART-" + itemId);
		assertThat(report.reason()).isNull();
	}

	@Test
	void aFailedPublicationIsReportedWithWhatItMeans() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		send(item(itemId, 1));
		awaitAwaiting(itemId, 1);

		callback("POST", null, publishJobFinished(publishId, 4, null));

		ChannelDeliveryReported report = awaitReport(itemId, 1, DeliveryStatus.FAILED);
		assertThat(report.reason()).contains("审核未通过");
		assertThat(report.externalRef()).isEqualTo(publishId);
	}

	@Test
	void aResultThatDoesNotArriveIsAskedForWithFreepublishGet() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.publish_id", equalTo(publishId)))
			.willReturn(okJson("{\"publish_id\":\"" + publishId + "\",\"publish_status\":0,\"article_id\":\"ART-LATE-"
					+ itemId + "\",\"article_detail\":{\"count\":1,\"item\":[{\"idx\":1,"
					+ "\"article_url\":\"https://mp.weixin.qq.com/s/late\"}]},\"fail_idx\":[]}")));

		send(item(itemId, 1));

		assertThat(awaitReport(itemId, 1, DeliveryStatus.DELIVERED).externalRef()).isEqualTo("ART-LATE-" + itemId);
		assertThat(WechatApiStub.count(statusQueries(publishId))).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aRevisionIsPublishedAndTheOldArticleDeleted() {
		String itemId = newItemId();
		String first = stubDraft(itemId, 1);
		send(item(itemId, 1));
		awaitAwaiting(itemId, 1);
		callback("POST", null, publishJobFinished(first, 0, "ART-1-" + itemId));
		awaitReport(itemId, 1, DeliveryStatus.DELIVERED);

		String second = stubDraft(itemId, 2);
		DisclosurePublished revised = item(itemId, 2);
		send(new DisclosureRevised(itemId, 2, 1, revised.category(), null, revised.title(), revised.summary(),
				"<p>更正后的正文。</p>", revised.department(), Visibility.PUBLIC, revised.channels(), Instant.now(),
				revised.portalUrl(), List.of()));

		assertThat(awaitAwaiting(itemId, 2)).isEqualTo(second);
		assertThat(WechatApiStub.count(deletions("ART-1-" + itemId))).isEqualTo(1);
		assertThat(WechatApiStub.count(submissions(itemId, 2))).isEqualTo(1);
		callback("POST", null, publishJobFinished(second, 0, "ART-2-" + itemId));
		assertThat(awaitReport(itemId, 2, DeliveryStatus.DELIVERED).externalRef()).isEqualTo("ART-2-" + itemId);
	}

	@Test
	void aRevisionSubmittedWhileTheOldOneIsStillPublishingDeletesItOncePublished() {
		String itemId = newItemId();
		String first = stubDraft(itemId, 1);
		send(item(itemId, 1));
		awaitAwaiting(itemId, 1);

		String second = stubDraft(itemId, 2);
		DisclosurePublished revised = item(itemId, 2);
		send(new DisclosureRevised(itemId, 2, 1, revised.category(), null, revised.title(), revised.summary(),
				"<p>更正后的正文。</p>", revised.department(), Visibility.PUBLIC, revised.channels(), Instant.now(),
				revised.portalUrl(), List.of()));
		assertThat(awaitAwaiting(itemId, 2)).isEqualTo(second);

		callback("POST", null, publishJobFinished(first, 0, "ART-1-" + itemId));
		awaitReport(itemId, 1, DeliveryStatus.DELIVERED);
		await().atMost(REPORT_WAIT).until(() -> WechatApiStub.count(deletions("ART-1-" + itemId)) == 1);

		callback("POST", null, publishJobFinished(second, 0, "ART-2-" + itemId));
		awaitReport(itemId, 2, DeliveryStatus.DELIVERED);
		assertThat(WechatApiStub.count(deletions("ART-1-" + itemId))).isEqualTo(1);
		assertThat(WechatApiStub.count(deletions("ART-2-" + itemId))).isZero();
	}

	@Test
	void withdrawDeletesThePublishedArticle() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		send(item(itemId, 1));
		awaitAwaiting(itemId, 1);
		callback("POST", null, publishJobFinished(publishId, 0, "ART-W-" + itemId));
		awaitReport(itemId, 1, DeliveryStatus.DELIVERED);

		send(new DisclosureWithdrawn(itemId, 1, "信息有误", Instant.now()));

		assertThat(awaitReport(itemId, 1, DeliveryStatus.RETRACTED).externalRef()).isEqualTo("ART-W-" + itemId);
		assertThat(WechatApiStub.count(deletions("ART-W-" + itemId))).isEqualTo(1);
	}

	@Test
	void systemBusyAndAServerErrorAreTriedAgainAndPublishOnce() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		String busy = "busy-" + itemId;
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(1)
			.withRequestBody(containing(marker(itemId, 1)))
			.inScenario(busy)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}"))
			.willSetStateTo("answering"));
		String unavailable = "unavailable-" + itemId;
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/submit")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.media_id", equalTo(draftOf(itemId, 1))))
			.inScenario(unavailable)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("upstream unavailable"))
			.willSetStateTo("answering"));

		send(item(itemId, 1));

		assertThat(awaitAwaiting(itemId, 1)).isEqualTo(publishId);
		assertThat(WechatApiStub.count(drafts(itemId, 1))).isEqualTo(2);
		assertThat(WechatApiStub.count(submissions(itemId, 1))).isEqualTo(2);
		callback("POST", null, publishJobFinished(publishId, 0, "ART-" + itemId));
		assertThat(awaitReport(itemId, 1, DeliveryStatus.DELIVERED).attempt()).isEqualTo(1);
	}

	@Test
	void aPermanentErrorFailsToTheDeadLetterTopicAndAStaffRetryPublishesOnce() {
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		StubMapping refused = WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(1)
			.withRequestBody(containing(marker(itemId, 1)))
			.willReturn(okJson("{\"errcode\":87014,\"errmsg\":\"risky content hint: [xxx]\"}")));

		send(item(itemId, 1));

		ChannelDeliveryReported failed = awaitReport(itemId, 1, DeliveryStatus.FAILED);
		assertThat(failed.reason()).contains("违法违规").contains("87014");
		assertThat(deadLetter(itemId).headers().lastHeader("jianwu_dlt_reason")).isNotNull();
		assertThat(WechatApiStub.count(drafts(itemId, 1))).isEqualTo(1);

		WechatApiStub.SERVER.removeStub(refused);
		send(new RedeliveryRequested(itemId, 1, Channel.WECHAT, "press", Instant.now()));

		assertThat(awaitAwaiting(itemId, 1)).isEqualTo(publishId);
		callback("POST", null, publishJobFinished(publishId, 0, "ART-" + itemId));
		assertThat(awaitReport(itemId, 1, DeliveryStatus.DELIVERED).attempt()).isEqualTo(2);
		assertThat(WechatApiStub.count(drafts(itemId, 1))).isEqualTo(2);
		assertThat(WechatApiStub.count(submissions(itemId, 1))).isEqualTo(1);
	}

	@Test
	void internalItemsNeverReachWechat() {
		String itemId = newItemId();
		send(item(itemId, 1, Visibility.INTERNAL, Channel.BULLETIN, Channel.WECHAT));

		assertThat(awaitReport(itemId, 1, DeliveryStatus.SKIPPED).reason()).contains("内部");
		assertThat(WechatApiStub.count(drafts(itemId, 1))).isZero();
	}

	@Test
	void aPostCalledAgainAfterACrashContinuesTheSubmittedJob() {
		ChannelPort wechat = this.ports.stream().filter((port) -> port.channel() == Channel.WECHAT).findFirst().get();
		String itemId = newItemId();
		String publishId = stubDraft(itemId, 1);
		Delivery delivery = new Delivery(item(itemId, 1), null, null, 1);

		assertThat(wechat.post(delivery)).isEqualTo(new DeliveryOutcome.Awaiting(publishId, null));
		// the dispatcher crashed before recording that: the call comes again
		assertThat(wechat.post(delivery)).isEqualTo(new DeliveryOutcome.Awaiting(publishId, null));

		assertThat(WechatApiStub.count(drafts(itemId, 1))).isEqualTo(1);
		assertThat(WechatApiStub.count(submissions(itemId, 1))).isEqualTo(1);
		assertThat(WechatApiStub.count(statusQueries(publishId))).isEqualTo(1);
	}

	@Test
	void aSubmissionWithoutAnAnswerIsLookedUpAmongThePublishedArticlesNotSubmittedAgain() {
		ChannelPort wechat = this.ports.stream().filter((port) -> port.channel() == Channel.WECHAT).findFirst().get();
		String itemId = newItemId();
		stubDraft(itemId, 1);
		DisclosurePublished item = item(itemId, 1);
		Delivery delivery = new Delivery(item, null, null, 1);
		StubMapping lost = WechatApiStub.SERVER
			.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/submit")).atPriority(1)
				.withRequestBody(matchingJsonPath("$.media_id", equalTo(draftOf(itemId, 1))))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		StubMapping none = WechatApiStub.SERVER
			.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/batchget")).atPriority(2)
				.willReturn(okJson("{\"total_count\":0,\"item_count\":0,\"item\":[]}")));
		StubMapping published = null;
		try {
			assertThatThrownBy(() -> wechat.post(delivery)).isInstanceOfSatisfying(TransientChannelException.class,
					(ex) -> assertThat(ex.isUnanswered()).isTrue());
			assertThat(wechat.findPost(delivery)).as("not published yet: safe to submit").isEmpty();

			// WeChat published it all the same
			String articleId = "ART-" + marker(itemId, 1);
			published = WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/batchget")).atPriority(1)
				.willReturn(okJson(publishedArticles(articleId, item))));
			DeliveryOutcome found = wechat.findPost(delivery).orElseThrow();
			assertThat(found.externalRef()).isEqualTo(articleId);
			assertThat(found.note()).contains("未重复发布");
			assertThat(WechatApiStub.count(submissions(itemId, 1))).isEqualTo(1);
			// recorded: a withdrawal later deletes that article
			assertThat(wechat.findPost(delivery)).as("no longer in doubt on the adapter's record").isEmpty();
		}
		finally {
			WechatApiStub.SERVER.removeStub(lost);
			WechatApiStub.SERVER.removeStub(none);
			if (published != null) {
				WechatApiStub.SERVER.removeStub(published);
			}
		}
	}

	/** freepublish/batchget's answer: one other article, then the item's. */
	private static String publishedArticles(String articleId, DisclosurePublished item) {
		long now = Instant.now().getEpochSecond();
		return """
				{"total_count":2,"item_count":2,"item":[
				 {"article_id":"%s","update_time":%d,"content":{"news_item":[{"title":"%s","content_source_url":"%s",
				  "url":"https://mp.weixin.qq.com/s/found","is_deleted":false}]}},
				 {"article_id":"ART-OTHER","update_time":%d,"content":{"news_item":[{"title":"另一篇文章",
				  "content_source_url":"http://localhost:8080/items/other","url":"https://mp.weixin.qq.com/s/other",
				  "is_deleted":false}]}}]}
				""".formatted(articleId, now, item.title(), item.portalUrl(), now - 60);
	}

	private static RequestPatternBuilder drafts(String itemId, int revision) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add"))
			.withRequestBody(containing(marker(itemId, revision)));
	}

	private static RequestPatternBuilder submissions(String itemId, int revision) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
			.withRequestBody(matchingJsonPath("$.media_id", equalTo(draftOf(itemId, revision))));
	}

	private static RequestPatternBuilder statusQueries(String publishId) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/get"))
			.withRequestBody(matchingJsonPath("$.publish_id", equalTo(publishId)));
	}

	private static RequestPatternBuilder deletions(String articleId) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/delete"))
			.withRequestBody(matchingJsonPath("$.article_id", equalTo(articleId)));
	}

	/** Waits until the service's consumer group has committed past the record. */
	private static void awaitConsumed(RecordMetadata record) throws Exception {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			await().atMost(REPORT_WAIT).until(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets("channel-wechat")
					.partitionsToOffsetAndMetadata()
					.get()
					.get(partition);
				return committed != null && committed.offset() > record.offset();
			});
		}
	}

	private static ConsumerRecord<String, byte[]> deadLetter(String itemId) {
		String topic = Topics.deadLetter(Topics.DISCLOSURE_EVENTS, "channel-wechat");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			ConsumerRecord<String, byte[]>[] found = new ConsumerRecord[1];
			await().atMost(REPORT_WAIT).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (itemId.equals(record.key())) {
						found[0] = record;
						return true;
					}
				}
				return false;
			});
			return found[0];
		}
	}

}
