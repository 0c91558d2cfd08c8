package cn.jianwu.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@code jianwu.outbox.backlog}: the events a service has committed but Kafka has not
 * acknowledged yet (Spring Modulith's incomplete event publications). It grows while the
 * broker is away and falls back to zero when the relay catches up; a backlog that stays
 * up is the first sign of a broker or relay problem.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.modulith.events.core.EventPublicationRegistry")
@ConditionalOnBean(DataSource.class)
public class OutboxBacklogAutoConfiguration {

	static final String BACKLOG = "SELECT count(*) FROM event_publication WHERE completion_date IS NULL";

	@Bean
	MeterBinder outboxBacklog(DataSource dataSource) {
		return (registry) -> Gauge.builder("jianwu.outbox.backlog", dataSource, OutboxBacklogAutoConfiguration::count)
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
