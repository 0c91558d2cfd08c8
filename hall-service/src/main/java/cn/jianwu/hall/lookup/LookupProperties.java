package cn.jianwu.hall.lookup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lookup's defences ({@code jianwu.hall.lookup}).
 *
 * @param maxFailures wrong check codes after which a tracking code locks
 * @param lockDuration how long it stays locked (and the window failures are counted in)
 * @param failureMinDuration every failure is answered no sooner than this after the
 * request arrived, whatever the cause, so that timing tells nothing
 */
@ConfigurationProperties("jianwu.hall.lookup")
public record LookupProperties(@DefaultValue("5") int maxFailures, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("150ms") Duration failureMinDuration) {

}
