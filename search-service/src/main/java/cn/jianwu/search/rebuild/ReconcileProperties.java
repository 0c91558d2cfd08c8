package cn.jianwu.search.rebuild;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the index is compared with disclosure-service's export (it reads the export
 * as a rebuild does: {@link RebuildProperties#sourceUrl()}, page size included).
 *
 * The times are set in {@code application.yml}.
 *
 * @param enabled whether this instance reconciles at all
 * @param initialDelay from start-up to the first run
 * @param interval from the end of one run to the start of the next
 */
@ConfigurationProperties("jianwu.search.reconcile")
public record ReconcileProperties(@DefaultValue("true") boolean enabled, Duration initialDelay, Duration interval) {
}
