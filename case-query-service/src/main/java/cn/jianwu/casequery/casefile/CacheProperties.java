package cn.jianwu.casequery.casefile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis cache of public case views.
 *
 * @param viewTtl how long a view stays cached (views are keyed by the case's version, so
 * a stale view is never served; the TTL only bounds memory)
 * @param loadLock how long one instance may hold the right to load a view before another
 * may try
 * @param waitForOtherLoader how long an instance waits for another instance's load before
 * it reads PostgreSQL itself
 */
@ConfigurationProperties("jianwu.case-query.cache")
public record CacheProperties(@DefaultValue("1h") Duration viewTtl, @DefaultValue("3s") Duration loadLock,
		@DefaultValue("300ms") Duration waitForOtherLoader) {
}
