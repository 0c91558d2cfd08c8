package cn.jianwu.search.indexing;

import cn.jianwu.platform.kafka.DeadLetterErrorHandler;
import cn.jianwu.platform.kafka.EventKafkaProperties;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The indexer's listener container: batches, and the platform's dead-letter error handler
 * with one addition. A record the cluster refuses is retried a few times and then
 * dead-lettered, as everywhere; but while Elasticsearch (or the broker, for the delivery
 * reports) is away, nothing is wrong with the records, so the batch is retried every few
 * seconds for as long as the outage lasts and the index catches up when it is back.
 */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

	static final String CONTAINER_FACTORY = "searchIndexerContainerFactory";

	static final long OUTAGE_RETRY_MILLIS = 5000;

	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> searchIndexerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			KafkaTemplate<String, byte[]> template, @Value("${spring.kafka.consumer.group-id}") String consumer,
			EventKafkaProperties properties, MeterRegistry registry) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setBatchListener(true);
		DefaultErrorHandler errors = DeadLetterErrorHandler.create(template, consumer, properties.retries(),
				properties.initialBackOff(), properties.maxBackOff(), registry);
		errors.setBackOffFunction((record, ex) -> isOutage(ex) ? untilBack() : null);
		factory.setCommonErrorHandler(errors);
		return factory;
	}

	static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchUnavailableException || cause instanceof ReportsNotSentException) {
				return true;
			}
		}
		return false;
	}

	private static BackOff untilBack() {
		return new FixedBackOff(OUTAGE_RETRY_MILLIS, FixedBackOff.UNLIMITED_ATTEMPTS);
	}

}
