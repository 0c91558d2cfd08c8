package cn.jianwu.search.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Makes sure the index exists without making Elasticsearch a start-up dependency: the
 * service starts (health DOWN) while the cluster is away and creates the index as soon as
 * it answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SearchIndexProperties.class)
class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final SearchIndex index;

	private final AtomicBoolean ready = new AtomicBoolean();

	private final AtomicBoolean warned = new AtomicBoolean();

	SearchIndexInitializer(SearchIndex index) {
		this.index = index;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${jianwu.search.ensure-index-every:10s}")
	void ensureIndex() {
		if (this.ready.get()) {
			return;
		}
		try {
			this.index.ensureExists();
			this.ready.set(true);
		}
		catch (IOException | ElasticsearchException | IndexNotReadyException ex) {
			if (this.warned.compareAndSet(false, true)) {
				log.warn("Search index not ready yet, will retry: {}", ex.toString());
			}
		}
	}

}
