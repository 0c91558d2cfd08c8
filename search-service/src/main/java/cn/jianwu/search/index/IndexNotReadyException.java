package cn.jianwu.search.index;

import co.elastic.clients.elasticsearch._types.HealthStatus;

/**
 * The alias exists but its primary shard is not active yet, so searches would fail.
 */
public class IndexNotReadyException extends RuntimeException {

	IndexNotReadyException(String alias, HealthStatus status) {
		super("Index behind alias " + alias + " is not ready yet (status " + status.jsonValue() + ")");
	}

}
