package cn.jianwu.channel.bulletin.reconcile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bulletin's and the screens' stores are compared with disclosure-service's
 * export. The address and the times are set in {@code application.yml}.
 *
 * @param enabled whether this instance reconciles at all
 * @param sourceUrl disclosure-service's base address ({@code DISCLOSURE_URL})
 * @param pageSize items per export page (disclosure-service allows up to 500)
 * @param readTimeout how long one export page may take
 * @param initialDelay from start-up to the first run
 * @param interval from the end of one run to the start of the next
 */
@ConfigurationProperties("jianwu.bulletin.reconcile")
public record ReconcileProperties(@DefaultValue("true") boolean enabled, String sourceUrl,
		@DefaultValue("500") int pageSize, @DefaultValue("60s") Duration readTimeout, Duration initialDelay,
		Duration interval) {
}
