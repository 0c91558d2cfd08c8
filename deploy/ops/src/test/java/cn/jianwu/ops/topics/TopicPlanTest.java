package cn.jianwu.ops.topics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicPlanTest {

	@Test
	void everyPlatformTopicAndEveryConsumersDeadLetterTopicIsPlanned() {
		List<TopicPlan.Topic> plan = TopicPlan.of(2);

		assertThat(plan).extracting(TopicPlan.Topic::name)
			.contains("disclosure.events", "channel.deliveries", "case.progress", "hall.events",
					"disclosure.events.channel-weibo.dlt", "case.progress.channel-wechat.dlt",
					"hall.events.channel-wechat.dlt", "hall.events.channel-bulletin.dlt",
					"channel.deliveries.disclosure-service.dlt", "case.queries", "case.queries.report-service.dlt")
			// seven platform topics, fifteen consumers' dead letters (report-service's
			// seven among them)
			.hasSize(7 + 15);
		TopicPlan.Topic events = plan.get(0);
		assertThat(events.partitions()).isEqualTo(6);
		assertThat(events.settings()).containsExactly(java.util.Map.entry("min.insync.replicas", "2"),
				java.util.Map.entry("retention.ms", "-1"));
		TopicPlan.Topic deadLetters = plan.stream()
			.filter((topic) -> topic.name().equals("case.progress.channel-wechat.dlt"))
			.findFirst()
			.orElseThrow();
		assertThat(deadLetters.partitions()).isEqualTo(3);
		assertThat(deadLetters.settings()).containsEntry("retention.ms", "2419200000");
		assertThat(deadLetters.writtenBy()).isEqualTo("channel-wechat's error handler");
	}

	@Test
	void theListingSaysWhoWritesAndReadsEachTopic() {
		String listing = TopicsCommand.render(TopicPlan.of(1));

		assertThat(listing).containsPattern("case\\.progress +6 +case-query-service +channel-wechat")
			.contains("kept 28 days");
	}

}
