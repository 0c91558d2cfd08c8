package cn.jianwu.hall.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hall's defences against floods ({@code jianwu.hall.throttle}).
 *
 * @param submissionsPerWindow messages one client may submit in a window
 * @param lookupsPerWindow lookups one client may make in a window
 * @param window the fixed window both are counted in
 * @param duplicateWindow identical submissions of one client within this are one message
 * @param trustedProxies regex of peer addresses (the gateway) whose
 * {@code X-Forwarded-For} is believed
 * @param channelCallers regex of peer addresses (channel-wechat) allowed on
 * {@code /internal/**}
 */
@ConfigurationProperties("jianwu.hall.throttle")
public record ThrottleProperties(@DefaultValue("10") int submissionsPerWindow, @DefaultValue("30") int lookupsPerWindow,
		@DefaultValue("10m") Duration window, @DefaultValue("1m") Duration duplicateWindow,
		@DefaultValue("127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1") String trustedProxies,
		@DefaultValue("127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1") String channelCallers) {

}
