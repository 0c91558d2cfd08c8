package cn.jianwu.search.index;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.stereotype.Component;

/**
 * Whether a rebuild is filling a new index, as the cluster says (the rebuild alias
 * exists), so that every instance's indexer sees it, not only the one running the
 * rebuild. The answer is kept for a second: a rebuild waits longer than that after
 * creating the alias before it reads its source.
 */
@Component
class RebuildWriteTarget {

	static final long TTL_NANOS = 1_000_000_000L;

	private final ElasticsearchClient client;

	private final SearchIndexProperties properties;

	private volatile boolean active;

	private volatile long checkedAt;

	private volatile boolean checked;

	RebuildWriteTarget(ElasticsearchClient client, SearchIndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	boolean active() throws IOException {
		long now = System.nanoTime();
		if (!this.checked || now - this.checkedAt > TTL_NANOS) {
			this.active = this.client.indices()
				.existsAlias((request) -> request.name(this.properties.rebuildAlias()))
				.value();
			this.checkedAt = now;
			this.checked = true;
		}
		return this.active;
	}

	String alias() {
		return this.properties.rebuildAlias();
	}

}
