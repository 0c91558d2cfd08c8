package cn.jianwu.ops.deadletters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadLetterTopicNameTest {

	@Test
	void theNameSaysTopicAndConsumer() {
		assertThat(DeadLetterTopicName.parse("disclosure.events.channel-weibo.dlt", null)).isEqualTo(
				new DeadLetterTopicName("disclosure.events.channel-weibo.dlt", "disclosure.events", "channel-weibo"));
	}

	@Test
	void theOriginalTopicHeaderSettlesAGroupWithDots() {
		assertThat(DeadLetterTopicName.parse("case.progress.team.a.dlt", "case.progress"))
			.isEqualTo(new DeadLetterTopicName("case.progress.team.a.dlt", "case.progress", "team.a"));
		assertThat(DeadLetterTopicName.parse("case.progress.wechat.dlt", "elsewhere").originalTopic())
			.isEqualTo("case.progress");
	}

	@Test
	void otherTopicsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DeadLetterTopicName.parse("disclosure.events", null));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadLetterTopicName.parse("events.dlt", null));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadLetterTopicName.parse(".dlt", null));
		assertThat(DeadLetterTopicName.isDeadLetterTopic("disclosure.events.search-service.dlt")).isTrue();
		assertThat(DeadLetterTopicName.isDeadLetterTopic("disclosure.events")).isFalse();
	}

}
