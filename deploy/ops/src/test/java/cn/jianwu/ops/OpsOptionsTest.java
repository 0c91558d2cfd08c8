package cn.jianwu.ops;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OpsOptionsTest {

	@Test
	void deadLettersListsOnTheLocalBrokerUnlessToldOtherwise() {
		OpsOptions options = OpsOptions.parse(new String[] { "dead-letters" }, Map.of());

		assertThat(options.command()).isEqualTo(OpsOptions.Command.DEAD_LETTERS);
		assertThat(options.arguments()).isEmpty();
		assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:9092");
		assertThat(OpsOptions.parse(new String[] { "dead-letters" }, Map.of("KAFKA_BOOTSTRAP", "kafka:9092"))
			.bootstrapServers()).isEqualTo("kafka:9092");
	}

	@Test
	void deadLettersReplayNamesTheTopicAndMayNameTheBroker() {
		OpsOptions options = OpsOptions.parse(new String[] { "dead-letters", "replay",
				"disclosure.events.channel-weibo.dlt", "--bootstrap-servers", "10.0.0.5:9092" },
				Map.of("KAFKA_BOOTSTRAP", "kafka:9092"));

		assertThat(options.command()).isEqualTo(OpsOptions.Command.DEAD_LETTERS);
		assertThat(options.arguments()).containsExactly("replay", "disclosure.events.channel-weibo.dlt");
		assertThat(options.bootstrapServers()).isEqualTo("10.0.0.5:9092");
	}

	@Test
	void reindexTalksToTheLocalRunUnlessGivenTheClustersAddresses() {
		OpsOptions local = OpsOptions.parse(new String[] { "reindex" }, Map.of());
		assertThat(local.disclosureUrl()).isEqualTo("http://127.0.0.1:8081");
		assertThat(local.searchUrl()).isEqualTo("http://127.0.0.1:8083");
		assertThat(local.adminUser()).isEqualTo("admin");

		OpsOptions cluster = OpsOptions.parse(
				new String[] { "reindex", "--search-url", "http://search:8083", "--user", "ops1" },
				Map.of("DISCLOSURE_URL", "http://disclosure:8081"));
		assertThat(cluster.disclosureUrl()).isEqualTo("http://disclosure:8081");
		assertThat(cluster.searchUrl()).isEqualTo("http://search:8083");
		assertThat(cluster.adminUser()).isEqualTo("ops1");
	}

	@Test
	void replayReportsTalksToTheLocalReportServiceUnlessGivenItsAddress() {
		OpsOptions local = OpsOptions.parse(new String[] { "replay-reports" }, Map.of());
		assertThat(local.command()).isEqualTo(OpsOptions.Command.REPLAY_REPORTS);
		assertThat(local.reportUrl()).isEqualTo("http://127.0.0.1:8089");
		assertThat(local.disclosureUrl()).isEqualTo("http://127.0.0.1:8081");

		assertThat(OpsOptions.parse(new String[] { "replay-reports" }, Map.of("REPORT_URL", "http://report:8089"))
			.reportUrl()).isEqualTo("http://report:8089");
		assertThat(OpsOptions
			.parse(new String[] { "replay-reports", "--report-url", "http://10.0.0.7:8089" },
					Map.of("REPORT_URL", "http://report:8089"))
			.reportUrl()).isEqualTo("http://10.0.0.7:8089");
	}

	@Test
	void topicsAreCreatedWithTheReplicationAskedFor() {
		OpsOptions listed = OpsOptions.parse(new String[] { "topics" }, Map.of());
		assertThat(listed.create()).isFalse();
		assertThat(listed.replicationFactor()).isEqualTo(1);

		OpsOptions created = OpsOptions.parse(
				new String[] { "topics", "--create", "--replication-factor", "3", "--bootstrap-servers", "k:9092" },
				Map.of("TOPIC_MIN_INSYNC_REPLICAS", "2"));
		assertThat(created.create()).isTrue();
		assertThat(created.replicationFactor()).isEqualTo(3);
		assertThat(created.minInsyncReplicas()).isEqualTo(2);
		assertThat(created.bootstrapServers()).isEqualTo("k:9092");
	}

	@Test
	void mistakesAreRefusedWithTheirName() {
		Map<List<String>, String> mistakes = Map.of(List.of(),
				"which command? dead-letters, reindex, replay-reports or topics", List.of("start"),
				"unknown command: start", List.of("dead-letters", "replay"),
				"dead-letters takes nothing, or: replay <dead-letter topic>", List.of("dead-letters", "purge", "x.dlt"),
				"dead-letters takes nothing, or: replay <dead-letter topic>", List.of("reindex", "now"),
				"unknown option: now", List.of("reindex", "--search-url"), "--search-url needs a value",
				List.of("dead-letters", "--create"), "--create is an option of topics",
				List.of("topics", "--replication-factor", "0"), "--replication-factor: not a count of at least 1: 0");
		mistakes.forEach((args, message) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> OpsOptions.parse(args.toArray(String[]::new), Map.of()))
			.withMessage(message));
	}

}
