package cn.jianwu.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaServerPropertiesTest {

	@TempDir
	Path folder;

	@Test
	void writesASingleNodeKraftBrokerThatIsItsOwnController() throws IOException {
		Path dataDir = this.folder.resolve("kafka data");

		Path file = KafkaServerProperties.write(dataDir, 19092, 19093);

		Properties properties = load(file);
		assertThat(file).isEqualTo(dataDir.resolve("server.properties"));
		assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
		assertThat(properties.getProperty("node.id")).isEqualTo("1");
		assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
		assertThat(properties.getProperty("listeners"))
			.isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
		assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
		assertThat(properties.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
		assertThat(properties.getProperty("log.dirs")).isEqualTo(dataDir.resolve("logs").toString());
	}

	@Test
	void keepsTheInternalTopicsOnOneReplicaAndTheMemorySmall() throws IOException {
		Properties properties = load(KafkaServerProperties.write(this.folder, 9092, 9093));

		assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
		assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
		assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
		assertThat(properties.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
		assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
		assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("true");
		assertThat(properties.getProperty("log.cleaner.dedupe.buffer.size")).isEqualTo("2097152");
		assertThat(properties.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
	}

	@Test
	void pathsWithBackslashesAndNonAsciiCharactersSurviveTheRoundTrip() throws IOException {
		Path dataDir = this.folder.resolve("数据\\kafka");

		Properties properties = load(KafkaServerProperties.write(dataDir, 9092, 9093));

		assertThat(properties.getProperty("log.dirs")).isEqualTo(dataDir.resolve("logs").toString());
	}

	@Test
	void aFreshFolderIsNotFormattedYet() {
		assertThat(KafkaStorage.isFormatted(this.folder)).isFalse();
	}

	@Test
	void clusterIdsLookLikeKafkasAndNeverStartWithADash() {
		for (int i = 0; i < 1000; i++) {
			assertThat(KafkaStorage.randomClusterId()).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		return properties;
	}

}
