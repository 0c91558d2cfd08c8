package cn.jianwu.platform.kafka;

import java.time.Duration;

import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
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

	/**
	 * @param registry where {@code jianwu.dead.letters} (by dead-letter topic) is counted
	 */
	public static DefaultErrorHandler create(KafkaOperations<String, byte[]> template, String consumer, int retries,
			Duration initialBackOff, Duration maxBackOff, MeterRegistry registry) {
		DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), consumer), -1));
		ConsumerAwareRecordRecoverer recoverer = (record, kafkaConsumer, ex) -> {
			publisher.accept(record, kafkaConsumer, ex);
			Counter.builder("jianwu.dead.letters")
				.description("Records sent to a dead-letter topic")
				.tag("topic", Topics.deadLetter(record.topic(), consumer))
				.register(registry)
				.increment();
		};
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
		backOff.setInitialInterval(initialBackOff.toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(maxBackOff.toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

}
