package cn.jianwu.search.rebuild;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a rebuild reads disclosure-service and swaps the index.
 *
 * @param sourceUrl disclosure-service's base address ({@code DISCLOSURE_URL})
 * @param pageSize items per export page (disclosure-service allows up to 500)
 * @param settle how long the rebuild waits, once the new index exists, before it reads
 * the export: every indexer must have noticed the new index by then (they look again
 * every second), so that no change made while the export is read is missed
 * @param deleteDelay how long the old index stays after the swap, so that searches that
 * started on it can finish
 * @param readTimeout how long one export page may take
 */
@ConfigurationProperties("jianwu.search.rebuild")
public record RebuildProperties(@DefaultValue("http://127.0.0.1:8081") String sourceUrl,
		@DefaultValue("500") int pageSize, @DefaultValue("3s") Duration settle,
		@DefaultValue("2s") Duration deleteDelay, @DefaultValue("60s") Duration readTimeout) {
}
