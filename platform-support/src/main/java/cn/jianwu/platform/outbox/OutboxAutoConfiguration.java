package cn.jianwu.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.jianwu.platform.kafka.EventKafkaProperties;
import cn.jianwu.platform.kafka.EventSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.pattern.ValidatePattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The outbox of a service that records its events in Spring Modulith's event publication
 * registry (table {@code event_publication}, in the same transaction as the change that
 * caused them): the relay that hands them to Kafka, the retry of those the broker did not
 * take, and {@code jianwu.outbox.backlog}, the events committed but not yet acknowledged.
 * The backlog grows while the broker is away and falls back to zero when the relay
 * catches up; a backlog that stays up is the first sign of a broker or relay problem.
 * <p>
 * A broker outage never reaches the request path: the relay holds no connection while it
 * waits for Kafka, each send gives up after {@code jianwu.kafka.send-timeout}, and the
 * relay runs on {@code jianwu.outbox.relay-threads} threads of its own, so it never uses
 * more connections than that, however large the backlog.
 */
@AutoConfiguration(after = TaskExecutionAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.modulith.events.core.EventPublicationRegistry")
@ConditionalOnBean(DataSource.class)
public class OutboxAutoConfiguration {

	static final String BACKLOG = "SELECT count(*) FROM event_publication WHERE completion_date IS NULL";

	/** The executor the relay runs on, by name, for {@code @Async}. */
	public static final String RELAY_EXECUTOR = "jianwuOutboxRelayExecutor";

	@Bean
	OutboxRelay outboxRelay(EventSender sender, EventKafkaProperties kafka) {
		return new OutboxRelay(sender, kafka.sendTimeout());
	}

	/**
	 * Few threads and an unbounded queue: a waiting event costs a queue entry, never a
	 * thread or a connection, and the queue never runs a relay on the thread that
	 * committed (which would be the request's). Not a default candidate, so that Boot's
	 * application task executor and everything injected by type stay as they are. The
	 * platform's task decorator (tracing) carries the committing request's trace onto the
	 * relay thread, so the record goes out in the approval's trace.
	 */
	@Bean(name = RELAY_EXECUTOR, defaultCandidate = false)
	ThreadPoolTaskExecutor outboxRelayExecutor(@Value("${jianwu.outbox.relay-threads:2}") int threads,
			ObjectProvider<TaskDecorator> decorator) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		decorator.ifAvailable(executor::setTaskDecorator);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("outbox-relay-");
		// events still queued at shutdown stay in the registry and go out after the
		// restart
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

	@Bean
	OutboxRetry outboxRetry(FailedEventPublications failed,
			@Value("${jianwu.outbox.retry-older-than:30s}") Duration olderThan) {
		return new OutboxRetry(failed, olderThan);
	}

	@Bean
	@ConditionalOnAvailableEndpoint
	OutboxEndpoint outboxEndpoint(DataSource dataSource) {
		return new OutboxEndpoint(dataSource);
	}

	@Bean
	MeterBinder outboxBacklog(DataSource dataSource) {
		return (registry) -> Gauge.builder("jianwu.outbox.backlog", dataSource, OutboxAutoConfiguration::count)
			.description("Events committed but not yet acknowledged by Kafka")
			.register(registry);
	}

	/**
	 * The registry's table comes with the outbox: platform-support's repeatable migration
	 * joins the service's own. Services migrated before it kept the table in their own
	 * versioned migrations (V1, and the listener id's fix); those rows stay in their
	 * Flyway history, and a versioned migration missing from the class path is therefore
	 * not an error here.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Flyway.class)
	static class OutboxMigration {

		static final String LOCATION = "classpath:db/outbox";

		@Bean
		FlywayConfigurationCustomizer outboxMigration() {
			return (configuration) -> {
				configuration.locations(
						Stream.concat(Arrays.stream(configuration.getLocations()), Stream.of(new Location(LOCATION)))
							.toArray(Location[]::new));
				configuration.ignoreMigrationPatterns(Stream
					.concat(Arrays.stream(configuration.getIgnoreMigrationPatterns()),
							Stream.of(ValidatePattern.fromPattern("versioned:missing")))
					.toArray(ValidatePattern[]::new));
			};
		}

	}

	static double count(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(BACKLOG)) {
			return rows.next() ? rows.getLong(1) : Double.NaN;
		}
		catch (SQLException ex) {
			// no answer is shown as no value, never as an empty backlog
			return Double.NaN;
		}
	}

}
