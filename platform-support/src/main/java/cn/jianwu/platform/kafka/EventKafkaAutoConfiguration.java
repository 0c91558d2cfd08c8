package cn.jianwu.platform.kafka;

import java.net.URI;
import java.util.Map;

import cn.jianwu.events.EventCodec;
import cn.jianwu.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

/**
 * Event bus wiring shared by every service: CloudEvents sender, the platform topics, the
 * dead-letter error handler and the replay filter that Boot's listener container factory
 * picks up, and Kafka health.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(KafkaTemplate.class)
@EnableConfigurationProperties(EventKafkaProperties.class)
public class EventKafkaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec(@Value("${spring.application.name}") String application) {
		return new EventCodec(URI.create("/jianwu/" + application));
	}

	@Bean
	@ConditionalOnMissingBean
	EventSender eventSender(KafkaTemplate<String, byte[]> template, EventCodec codec) {
		return new EventSender(template, codec);
	}

	@Bean
	@ConditionalOnMissingBean
	BestEffortSender bestEffortSender(EventSender sender, EventKafkaProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		return new BestEffortSender(sender, properties.bestEffortQueue(),
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> template,
			@Value("${spring.kafka.consumer.group-id}") String consumer, EventKafkaProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		return DeadLetterErrorHandler.create(template, consumer, properties.retries(), properties.initialBackOff(),
				properties.maxBackOff(), registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * Boot's listener container factory applies a unique {@link RecordFilterStrategy}
	 * bean to every {@code @KafkaListener}: a replayed dead letter reaches only the
	 * consumer it is meant for (see {@link ReplayFilter}).
	 */
	@Bean
	@ConditionalOnMissingBean(RecordFilterStrategy.class)
	ReplayFilter replayFilter(@Value("${spring.kafka.consumer.group-id}") String consumer) {
		return new ReplayFilter(consumer);
	}

	/**
	 * Consumers read committed records only, unless
	 * {@code spring.kafka.consumer.isolation-level} says otherwise. The dead-letter
	 * replay writes in Kafka transactions; a replay that crashes leaves an aborted
	 * transaction behind, and only read_committed consumers skip its records instead of
	 * handling them a second time. Non-transactional records (all ordinary traffic) are
	 * unaffected.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer readCommittedConsumers(Environment environment) {
		boolean configured = Binder.get(environment)
			.bind("spring.kafka.consumer.isolation-level", String.class)
			.isBound();
		return (factory) -> {
			if (!configured) {
				factory.updateConfigs(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
			}
		};
	}

	/**
	 * Producers give up after {@code jianwu.kafka.send-timeout} (see
	 * {@link SendTimeouts}), unless a service sets the Kafka properties itself.
	 */
	@Bean
	DefaultKafkaProducerFactoryCustomizer boundedSends(EventKafkaProperties properties) {
		return (factory) -> factory
			.updateConfigs(SendTimeouts.missingFrom(factory.getConfigurationProperties(), properties.sendTimeout()));
	}

	@Bean
	KafkaAdmin.NewTopics platformTopics(EventKafkaProperties properties) {
		return new KafkaAdmin.NewTopics(topic(Topics.DISCLOSURE_EVENTS, properties),
				topic(Topics.CHANNEL_DELIVERIES, properties), topic(Topics.CASE_PROGRESS, properties),
				topic(Topics.HALL_EVENTS, properties), topic(Topics.DISCLOSURE_WORKFLOW, properties),
				topic(Topics.CASE_QUERIES, properties), topic(Topics.WECHAT_ACTIVITY, properties));
	}

	@Bean(name = "kafkaHealthIndicator")
	@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
	KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka, EventKafkaProperties properties) {
		return new KafkaHealthIndicator(kafka.buildAdminProperties(), properties.healthTimeout());
	}

	private static NewTopic topic(String name, EventKafkaProperties properties) {
		return TopicBuilder.name(name)
			.partitions(properties.topicPartitions())
			.replicas(properties.replicationFactor())
			.build();
	}

}
