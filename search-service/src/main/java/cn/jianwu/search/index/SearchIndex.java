package cn.jianwu.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the public index and its alias when they are missing. Elasticsearch is a
 * derived store: an empty cluster is filled again from disclosure-service.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String DEFINITION = "cn/jianwu/search/index/disclosures-index.json";

	private final ElasticsearchClient client;

	private final SearchIndexProperties properties;

	SearchIndex(ElasticsearchClient client, SearchIndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	/**
	 * Ensures the alias points at an index whose primary shard is active; answers whether
	 * it had to create one.
	 * @throws IndexNotReadyException while the shard is still being allocated
	 */
	public boolean ensureExists() throws IOException {
		String alias = this.properties.alias();
		boolean created = false;
		if (!this.client.indices().existsAlias((request) -> request.name(alias)).value()) {
			String index = this.properties.versionedIndex(this.properties.indexVersion());
			this.client.indices()
				.create((request) -> request.index(index)
					.withJson(new StringReader(definition()))
					.aliases(alias, (a) -> a.isWriteIndex(true)));
			log.info("Created index {} behind alias {}", index, alias);
			created = true;
		}
		awaitPrimaryShard(alias);
		return created;
	}

	// Creating an index returns once the master has accepted it; on a busy machine the
	// shard may start later, and until then every search or analyze answers 503.
	private void awaitPrimaryShard(String alias) throws IOException {
		HealthResponse health = this.client.cluster()
			.health((request) -> request.index(alias).waitForStatus(HealthStatus.Yellow).timeout((t) -> t.time("30s")));
		if (health.timedOut()) {
			throw new IndexNotReadyException(alias, health.status());
		}
	}

	private String definition() {
		try (InputStream in = new ClassPathResource(DEFINITION).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${textAnalyzer}",
					this.properties.textAnalyzer());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
