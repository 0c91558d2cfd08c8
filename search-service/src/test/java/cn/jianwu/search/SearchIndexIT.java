package cn.jianwu.search;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import cn.jianwu.search.index.SearchIndex;
import cn.jianwu.search.index.SearchIndexProperties;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchIndexIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		SearchTestServers.register(registry, "index");
	}

	@Autowired
	ElasticsearchClient client;

	@Autowired
	SearchIndexProperties properties;

	@Autowired
	SearchIndex index;

	@LocalServerPort
	int port;

	@Test
	void createsAVersionedIndexBehindTheAliasOnTheRealCluster() throws Exception {
		String alias = this.properties.alias();
		await().untilAsserted(
				() -> assertThat(this.client.indices().existsAlias((request) -> request.name(alias)).value()).isTrue());
		GetAliasResponse aliases = this.client.indices().getAlias((request) -> request.name(alias));
		assertThat(aliases.result()).containsOnlyKeys(alias + "-v1");
		var mapping = this.client.indices().getMapping((request) -> request.index(alias)).result().get(alias + "-v1");
		assertThat(mapping.mappings().properties()).containsKeys("title", "body", "category", "publishedAt",
				"titleSuggest");
		assertThat(mapping.mappings().properties().get("title").text().fields()).containsKeys("bigram", "grams");
		assertThat(this.index.hasGrams()).isTrue();
	}

	@Test
	void chineseTextIsSplitIntoCharacterBigramsForScoredMatching() throws Exception {
		String alias = this.properties.alias();
		// the initializer may be creating it at the same moment; what matters is a
		// searchable shard (on a busy machine it may answer a moment after health does)
		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(this.index::ensureExists);
		List<String> tokens = await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.client.indices()
				.analyze((request) -> request.index(alias).analyzer("cjk_bigram").text("不起诉决定书"))
				.tokens()
				.stream()
				.map((token) -> token.token())
				.toList(), (found) -> !found.isEmpty());
		assertThat(tokens).contains("不起", "起诉", "决定", "定书");
		List<String> runs = this.client.indices()
			.analyze((request) -> request.index(alias).analyzer("cjk_grams").text("不起诉书"))
			.tokens()
			.stream()
			.map((token) -> token.token())
			.toList();
		assertThat(runs).containsExactlyInAnyOrder("不起", "不起诉", "不起诉书", "起诉", "起诉书", "诉书");
	}

	@Test
	void reportsElasticsearchAndKafkaInHealth() {
		new ServiceProbe(this.port).assertHealthyWith("elasticsearch", "kafka");
	}

	@Test
	void answersUnknownPathsWithProblems() {
		new ServiceProbe(this.port).assertUnknownPathIsProblem();
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("search-service", this.port);
	}

}
