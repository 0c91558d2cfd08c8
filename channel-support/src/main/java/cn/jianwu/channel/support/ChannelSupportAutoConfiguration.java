package cn.jianwu.channel.support;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import cn.jianwu.channel.support.dispatch.ChannelDispatcher;
import cn.jianwu.channel.support.dispatch.ChannelResilience;
import cn.jianwu.channel.support.dispatch.DeadLetters;
import cn.jianwu.channel.support.dispatch.DeliveryMeters;
import cn.jianwu.channel.support.dispatch.DeliveryReports;
import cn.jianwu.channel.support.intake.DeliveryIntake;
import cn.jianwu.channel.support.intake.DeliveryPlanner;
import cn.jianwu.channel.support.ledger.DeliveryLedger;
import cn.jianwu.platform.kafka.EventKafkaAutoConfiguration;
import cn.jianwu.platform.kafka.EventSender;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.api.Location;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the ledger, one dispatcher per {@link ChannelPort} bean and the listener that
 * feeds them. An adapter only declares its ports.
 */
@AutoConfiguration(after = { EventKafkaAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class })
@ConditionalOnBean(ChannelPort.class)
@EnableConfigurationProperties(ChannelProperties.class)
public class ChannelSupportAutoConfiguration {

	static final String LEDGER_MIGRATIONS = "classpath:db/channel-support";

	/**
	 * Adds the ledger's migration to Flyway's locations here only, so that a service that
	 * merely has channel-support on its class path does not get the table.
	 */
	@Bean
	FlywayConfigurationCustomizer deliveryLedgerMigration() {
		return (configuration) -> configuration.locations(
				Stream.concat(Arrays.stream(configuration.getLocations()), Stream.of(new Location(LEDGER_MIGRATIONS)))
					.toArray(Location[]::new));
	}

	@Bean
	DeliveryLedger deliveryLedger(JdbcClient jdbc) {
		return new DeliveryLedger(jdbc);
	}

	@Bean
	DeliveryMeters deliveryMeters(MeterRegistry registry) {
		return new DeliveryMeters(registry);
	}

	@Bean
	DeliveryReports deliveryReports(DeliveryLedger ledger, EventSender sender, DeliveryMeters meters) {
		return new DeliveryReports(ledger, sender, meters);
	}

	@Bean
	DeadLetters deadLetters(DeliveryLedger ledger, KafkaTemplate<String, byte[]> kafka,
			@Value("${spring.kafka.consumer.group-id}") String consumer, DeliveryMeters meters) {
		return new DeadLetters(ledger, kafka, consumer, meters);
	}

	@Bean
	CircuitBreakerRegistry channelCircuitBreakers(ObjectProvider<MeterRegistry> meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		meters.ifAvailable((meterRegistry) -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry)
			.bindTo(meterRegistry));
		return registry;
	}

	@Bean
	RetryRegistry channelRetries(ObjectProvider<MeterRegistry> meters) {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		meters.ifAvailable((meterRegistry) -> TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meterRegistry));
		return registry;
	}

	@Bean
	RateLimiterRegistry channelRateLimiters(ObjectProvider<MeterRegistry> meters) {
		RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
		meters.ifAvailable(
				(meterRegistry) -> TaggedRateLimiterMetrics.ofRateLimiterRegistry(registry).bindTo(meterRegistry));
		return registry;
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService channelCallExecutor() {
		return Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "channel-call");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	ChannelDispatchers channelDispatchers(List<ChannelPort> ports, DeliveryLedger ledger, DeliveryReports reports,
			DeadLetters deadLetters, ChannelProperties properties, ExecutorService channelCallExecutor,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, RateLimiterRegistry rateLimiters) {
		String owner = properties.owner();
		TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
		return new ChannelDispatchers(ports.stream().map((port) -> {
			String id = port.channel().id();
			ChannelResilience resilience = new ChannelResilience(id, properties.resilience(id), channelCallExecutor,
					circuitBreakers, retries, rateLimiters, timeLimiters);
			return new ChannelDispatcher(port, ledger, resilience, reports, deadLetters, properties, owner);
		}).toList());
	}

	@Bean
	DeliveryIntake deliveryIntake(DeliveryLedger ledger, PlatformTransactionManager transactions,
			ChannelDispatchers dispatchers) {
		return new DeliveryIntake(new DeliveryPlanner(ledger, new TransactionTemplate(transactions)),
				dispatchers.all());
	}

	@Bean
	AwaitingResults awaitingResults(DeliveryLedger ledger, List<ChannelPort> ports, ChannelDispatchers dispatchers,
			ChannelProperties properties) {
		return new AwaitingResults(ledger, ports, dispatchers.all(), properties);
	}

}
