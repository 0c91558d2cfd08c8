package cn.jianwu.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import cn.jianwu.platform.kafka.EventSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.FailedEventPublications;

/**
 * The outbox of a service that records its events in Spring Modulith's event publication
 * registry (table {@code event_publication}, in the same transaction as the change that
 * caused them): the relay that hands them to Kafka, the retry of those the broker did not
 * take, and {@code jianwu.outbox.backlog}, the events committed but not yet acknowledged.
 * The backlog grows while the broker is away and falls back to zero when the relay
 * catches up; a backlog that stays up is the first sign of a broker or relay problem.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.modulith.events.core.EventPublicationRegistry")
@ConditionalOnBean(DataSource.class)
public class OutboxAutoConfiguration {

	static final String BACKLOG = "SELECT count(*) FROM event_publication WHERE completion_date IS NULL";

	@Bean
	OutboxRelay outboxRelay(EventSender sender, @Value("${jianwu.outbox.send-timeout:10s}") Duration sendTimeout) {
		return new OutboxRelay(sender, sendTimeout);
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
