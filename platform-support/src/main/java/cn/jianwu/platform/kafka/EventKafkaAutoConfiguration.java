package cn.jianwu.platform.kafka;

import java.net.URI;

import cn.jianwu.events.EventCodec;
import cn.jianwu.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

/**
 * Event bus wiring shared by every service: CloudEvents sender, the platform topics, the
 * dead-letter error handler that Boot's listener container factory picks up, and Kafka
 * health.
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
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> template,
			@Value("${spring.kafka.consumer.group-id}") String consumer, EventKafkaProperties properties) {
		return DeadLetterErrorHandler.create(template, consumer, properties.retries(), properties.initialBackOff(),
				properties.maxBackOff());
	}

	@Bean
	KafkaAdmin.NewTopics platformTopics(EventKafkaProperties properties) {
		return new KafkaAdmin.NewTopics(topic(Topics.DISCLOSURE_EVENTS, properties),
				topic(Topics.CHANNEL_DELIVERIES, properties), topic(Topics.CASE_PROGRESS, properties));
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
