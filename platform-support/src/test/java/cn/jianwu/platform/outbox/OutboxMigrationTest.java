package cn.jianwu.platform.outbox;

import java.util.Arrays;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMigrationTest {

	@Test
	void theOutboxTableJoinsTheServicesOwnMigrations() {
		FluentConfiguration configuration = new FluentConfiguration().locations("classpath:db/migration")
			.ignoreMigrationPatterns("*:future");

		new OutboxAutoConfiguration.OutboxMigration().outboxMigration().customize(configuration);

		assertThat(configuration.getLocations()).extracting(Location::getDescriptor)
			.containsExactly("classpath:db/migration", "classpath:db/outbox");
		assertThat(new ClassPathResource("db/outbox/R__outbox.sql").exists()).isTrue();
	}

	@Test
	void theServicesFormerOutboxMigrationsMayBeMissingButNothingElseIsIgnored() {
		FluentConfiguration configuration = new FluentConfiguration().ignoreMigrationPatterns("*:future");

		new OutboxAutoConfiguration.OutboxMigration().outboxMigration().customize(configuration);

		ValidatePattern[] patterns = configuration.getIgnoreMigrationPatterns();
		assertThat(ignored(patterns, true, MigrationState.MISSING_SUCCESS)).isTrue();
		assertThat(ignored(patterns, true, MigrationState.FUTURE_SUCCESS)).isTrue();
		assertThat(ignored(patterns, false, MigrationState.MISSING_SUCCESS)).isFalse();
		assertThat(ignored(patterns, true, MigrationState.FAILED)).isFalse();
	}

	private static boolean ignored(ValidatePattern[] patterns, boolean versioned, MigrationState state) {
		return Arrays.stream(patterns).anyMatch((pattern) -> pattern.matchesMigration(versioned, state));
	}

}
