package cn.jianwu.platform.kafka;

import java.time.Duration;

import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.Topics;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The one error handler of every consumer: bounded retries with exponential back-off,
 * then the record goes, exactly as it arrived, to the consumer's own dead-letter topic.
 * Records that can never be handled skip the retries.
 */
public final class DeadLetterErrorHandler {

	private DeadLetterErrorHandler() {
	}

	public static DefaultErrorHandler create(KafkaOperations<String, byte[]> template, String consumer, int retries,
			Duration initialBackOff, Duration maxBackOff) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), consumer), -1));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
		backOff.setInitialInterval(initialBackOff.toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(maxBackOff.toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

}
