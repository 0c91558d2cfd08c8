package cn.jianwu.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.jianwu.events.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

/**
 * Lets a replayed dead letter reach only the consumer that failed it. A dead letter is
 * replayed by putting it back on its original topic ({@code run.sh dead-letters replay}),
 * where every consumer group of that topic would read it again although all but one
 * handled it the first time. The replay therefore marks the record with
 * {@link DeadLetterHeaders#REPLAY_FOR} = the failed consumer's group (the {@code <group>}
 * of its dead-letter topic, see {@code Topics.deadLetter}), and every other group
 * discards it here. Records without the header, all ordinary traffic, pass.
 */
public final class ReplayFilter implements RecordFilterStrategy<Object, Object> {

	private final byte[] consumer;

	/**
	 * @param consumer this service's consumer group
	 * ({@code spring.kafka.consumer.group-id}), the name its dead-letter topic carries
	 */
	public ReplayFilter(String consumer) {
		this.consumer = consumer.getBytes(StandardCharsets.UTF_8);
	}

	/** True (discard) for a replay meant for another consumer group. */
	@Override
	public boolean filter(ConsumerRecord<Object, Object> record) {
		Header replayFor = record.headers().lastHeader(DeadLetterHeaders.REPLAY_FOR);
		return replayFor != null && !Arrays.equals(replayFor.value(), this.consumer);
	}

}
