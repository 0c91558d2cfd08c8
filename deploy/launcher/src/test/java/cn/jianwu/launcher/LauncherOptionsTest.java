package cn.jianwu.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LauncherOptionsTest {

	@Test
	void withoutArgumentsItStartsEverythingWithTheDefaults() {
		LauncherOptions options = LauncherOptions.parse(new String[0], Map.of());

		assertThat(options.command()).isEqualTo(LauncherOptions.Command.START);
		assertThat(options.dataDir()).isNull();
		assertThat(options.postgresPort()).isEqualTo(5432);
		assertThat(options.redisPort()).isEqualTo(6379);
		assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(180));
		assertThat(options.serviceJavaOptions()).isEqualTo(LauncherOptions.DEFAULT_SERVICE_JAVA_OPTIONS)
			.contains("-XX:+UseSerialGC", "-Xmx160m");
		assertThat(options.database()).isNull();
		assertThat(options.classDataSharing()).isTrue();
	}

	@Test
	void classDataSharingCanBeSwitchedOff() {
		assertThat(LauncherOptions.parse(new String[] { "--no-cds" }, Map.of()).classDataSharing()).isFalse();
		assertThat(LauncherOptions.parse(new String[0], Map.of("JIANWU_CDS", "off")).classDataSharing()).isFalse();
	}

	@Test
	void theEnvironmentSetsDataFolderPortsAndJavaOptions() {
		LauncherOptions options = LauncherOptions.parse(new String[] { "infra" }, Map.of("JIANWU_DATA", "/tmp/jw",
				"JIANWU_PG_PORT", "55432", "JIANWU_REDIS_PORT", "56379", "JAVA_OPTS", " -Xmx256m  -XX:+UseG1GC "));

		assertThat(options.command()).isEqualTo(LauncherOptions.Command.INFRA);
		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/jw"));
		assertThat(options.postgresPort()).isEqualTo(55432);
		assertThat(options.redisPort()).isEqualTo(56379);
		assertThat(options.serviceJavaOptions()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
	}

	@Test
	void theCommandLineWinsOverTheEnvironment() {
		LauncherOptions options = LauncherOptions.parse(
				new String[] { "start", "--data", "/srv/jw", "--pg-port", "15432", "--timeout", "60" },
				Map.of("JIANWU_DATA", "/tmp/jw", "JIANWU_PG_PORT", "55432"));

		assertThat(options.dataDir()).isEqualTo(Path.of("/srv/jw"));
		assertThat(options.postgresPort()).isEqualTo(15432);
		assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aGivenDatabaseIsUsedAsIs() {
		LauncherOptions options = LauncherOptions.parse(new String[0],
				Map.of("DB_URL", "jdbc:postgresql://db:5432/jw", "DB_USER", "app", "DB_PASSWORD", "secret"));

		assertThat(options.database())
			.isEqualTo(new LauncherOptions.Database("jdbc:postgresql://db:5432/jw", "app", "secret", false));
	}

	@Test
	void helpIsACommandToo() {
		assertThat(LauncherOptions.parse(new String[] { "--help" }, Map.of()).command())
			.isEqualTo(LauncherOptions.Command.HELP);
		assertThat(LauncherOptions.parse(new String[] { "help" }, Map.of()).command())
			.isEqualTo(LauncherOptions.Command.HELP);
	}

	@Test
	void caseQueryRunsOnceUnlessMoreReplicasAreAskedFor() {
		assertThat(LauncherOptions.parse(new String[0], Map.of()).caseQueryReplicas()).isEqualTo(1);
		assertThat(LauncherOptions.parse(new String[] { "start", "--case-query-replicas", "2" }, Map.of())
			.caseQueryReplicas()).isEqualTo(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LauncherOptions.parse(new String[] { "--case-query-replicas", "4" }, Map.of()))
			.withMessage("--case-query-replicas must be 1 to 3: 4");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LauncherOptions.parse(new String[] { "--case-query-replicas", "two" }, Map.of()))
			.withMessage("--case-query-replicas: not a number: two");
	}

	@Test
	void restartNamesOnePartOfTheRunInTheDataFolder() {
		LauncherOptions options = LauncherOptions.parse(new String[] { "restart", "channel-weibo" },
				Map.of("JIANWU_DATA", "/tmp/jianwu-faults"));

		assertThat(options.command()).isEqualTo(LauncherOptions.Command.RESTART);
		assertThat(options.arguments()).containsExactly("channel-weibo");
		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/jianwu-faults"));
		for (List<String> args : List.of(List.of("restart"), List.of("restart", "kafka", "redis"))) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> LauncherOptions.parse(args.toArray(String[]::new), Map.of()))
				.withMessage("restart takes the name of one part, e.g.: restart channel-weibo");
		}
	}

	@Test
	void mistakesAreRefusedWithTheirName() {
		Map<List<String>, String> mistakes = Map.of(List.of("launch"), "unknown command: launch", List.of("--detach"),
				"unknown option: --detach", List.of("start", "infra"), "unknown option: infra",
				List.of("--pg-port", "70000"), "--pg-port: not a port: 70000", List.of("--timeout", "soon"),
				"--timeout: not a number: soon", List.of("--data"), "--data needs a value", List.of("dead-letters"),
				"unknown command: dead-letters", List.of("status", "replay"), "unknown option: replay");
		mistakes.forEach((args, message) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> LauncherOptions.parse(args.toArray(String[]::new), Map.of()))
			.withMessage(message));
	}

}
