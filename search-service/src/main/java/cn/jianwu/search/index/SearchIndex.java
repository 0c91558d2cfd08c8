package cn.jianwu.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

	/** Ensures the alias points at an index; answers whether it had to create one. */
	public boolean ensureExists() throws IOException {
		String alias = this.properties.alias();
		if (this.client.indices().existsAlias((request) -> request.name(alias)).value()) {
			return false;
		}
		String index = this.properties.versionedIndex(this.properties.indexVersion());
		this.client.indices()
			.create((request) -> request.index(index)
				.withJson(new StringReader(definition()))
				.aliases(alias, (a) -> a.isWriteIndex(true)));
		log.info("Created index {} behind alias {}", index, alias);
		return true;
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
