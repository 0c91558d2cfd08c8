package cn.jianwu.search.index;

import java.io.StringReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import cn.jianwu.testsupport.TestElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index created by an older build (the analysis of this one, without the fields added
 * since and without offsets) takes the indexer's documents again once the service has
 * started: new fields are added in place, no rebuild needed.
 */
class SearchIndexUpgradeIT {

	@Test
	void fieldsAddedSinceAreAddedToAnExistingIndex() throws Exception {
		String alias = "disclosures-it-upgrade-" + Long.toString(System.nanoTime(), 36);
		try (RestClient rest = RestClient.builder(HttpHost.create(TestElasticsearch.url())).build()) {
			ElasticsearchClient client = new ElasticsearchClient(
					new RestClientTransport(rest, new JacksonJsonpMapper()));
			client.indices()
				.create((c) -> c.index(alias + "-v1")
					.aliases(alias, (a) -> a.isWriteIndex(true))
					.withJson(new StringReader(
							"""
									{"settings":{"analysis":{
									   "filter":{"cjk_char_bigram":{"type":"shingle","min_shingle_size":2,"max_shingle_size":2,
									     "output_unigrams":false,"token_separator":""}},
									   "analyzer":{"cjk_text":{"type":"custom","tokenizer":"standard","filter":["lowercase"]},
									     "cjk_bigram":{"type":"custom","tokenizer":"standard","filter":["lowercase","cjk_char_bigram"]}}}},
									 "mappings":{"dynamic":"strict","properties":{"id":{"type":"keyword"},"revision":{"type":"integer"},
									   "title":{"type":"text","analyzer":"cjk_text",
									     "fields":{"bigram":{"type":"text","analyzer":"cjk_bigram"}}}}}}
									""")));
			try {
				SearchIndex index = new SearchIndex(client, new SearchIndexProperties(alias, 1, "cjk_text"));

				assertThat(index.ensureExists()).isFalse();
				// searched with pair phrases until a rebuild gives it the runs of
				// characters
				assertThat(index.hasGrams()).isFalse();

				var properties = client.indices()
					.getMapping((m) -> m.index(alias))
					.result()
					.get(alias + "-v1")
					.mappings()
					.properties();
				assertThat(properties).containsKeys("tombstone", "attachmentNames", "body", "titleSuggest");
				// an existing field keeps its settings (here: no offsets) until a rebuild
				assertThat(properties.get("title").text().indexOptions()).isNull();
				assertThat(properties.get("body").text().indexOptions()).isNotNull();
				client.index((i) -> i.index(alias).id("x").document(ItemDocument.tombstone("x", 1)));
			}
			finally {
				client.indices().delete((d) -> d.index(alias + "-v1"));
			}
		}
	}

}
