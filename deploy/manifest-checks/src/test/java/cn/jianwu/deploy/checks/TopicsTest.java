package cn.jianwu.deploy.checks;

import cn.jianwu.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

	@Test
	void theConsumersAndTheirDeadLetterTopicsAreFoundInTheCode() {
		// Guards the discovery: these consumers exist today (DeadLetterErrorHandler,
		// DeadLetters).
		assertThat(ExpectedTopics.platformTopics()).containsValues("disclosure.events", "channel.deliveries",
				"case.progress");
		assertThat(ExpectedTopics.deadLetterTopics()).contains("disclosure.events.search-service.dlt",
				"disclosure.events.channel-weibo.dlt", "channel.deliveries.disclosure-service.dlt");
	}

	@Test
	void theKubernetesReadmeCreatesTheCataloguesTopicsWithProductionReplication() {
		String readme = Repository.read(Repository.path("deploy", "k8s", "README.md"));
		assertThat(readme).contains("topics --create --replication-factor 3 --min-insync-replicas 2")
			.contains("replication factor 3")
			.contains("min.insync.replicas=2")
			.contains("retention.ms=" + Catalogue.DEAD_LETTER_RETENTION.toMillis());
	}

	@Test
	void aTopicMissingFromKafkaInitIsNotCreatedByTheBroker() {
		// CatalogueTest checks that kafka-init creates exactly the catalogue's topics
		assertThat(Yaml.text(ComposeFile.service("kafka"), "environment", "KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
			.as("a topic missing from kafka-init must fail, not appear with broker defaults")
			.isEqualTo("false");
	}

}
