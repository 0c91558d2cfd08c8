package cn.jianwu.platform.kafka;

import java.nio.charset.StandardCharsets;

import cn.jianwu.events.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayFilterTest {

	private final ReplayFilter filter = new ReplayFilter("channel-weibo");

	@Test
	void ordinaryRecordsPass() {
		assertThat(this.filter.filter(record(null))).isFalse();
	}

	@Test
	void aReplayForThisConsumerPasses() {
		assertThat(this.filter.filter(record("channel-weibo"))).isFalse();
	}

	@Test
	void aReplayForAnotherConsumerIsDiscarded() {
		assertThat(this.filter.filter(record("channel-wechat"))).isTrue();
		assertThat(this.filter.filter(record("channel-weibo-2"))).isTrue();
		assertThat(this.filter.filter(record(""))).isTrue();
	}

	private static ConsumerRecord<Object, Object> record(String replayFor) {
		ConsumerRecord<Object, Object> record = new ConsumerRecord<>("disclosure.events", 0, 7L, "item-1", new byte[0]);
		if (replayFor != null) {
			record.headers().add(DeadLetterHeaders.REPLAY_FOR, replayFor.getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}
