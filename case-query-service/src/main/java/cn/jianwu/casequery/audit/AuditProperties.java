package cn.jianwu.casequery.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How public queries are written to the audit table: in batches, off the request thread.
 *
 * @param flushEvery the longest an entry waits before it is written
 * @param batchSize rows per insert
 * @param queueCapacity entries held in memory; when full, a request writes its own entry
 */
@ConfigurationProperties("jianwu.case-query.audit")
public record AuditProperties(@DefaultValue("200ms") Duration flushEvery, @DefaultValue("500") int batchSize,
		@DefaultValue("100000") int queueCapacity) {
}
