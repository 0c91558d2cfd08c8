package cn.jianwu.portal.console;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff console's settings. The console calls disclosure-service (staff login, items,
 * redaction preview) and case-query-service at the portal's addresses
 * ({@code jianwu.portal.*}); the LAN-only channel-bulletin is called from the server,
 * never through the public gateway.
 *
 * @param bulletinUrl channel-bulletin (the screen registry and who is online)
 * @param reportUrl report-service (obligations, archive volumes, reports: staff only)
 * @param boardRefresh how often an open item page asks for its delivery board while a
 * channel has not answered yet
 * @param readTimeout how long a console call may wait for a service's answer
 * @param reportUrl report-service (obligations, archive volumes, the reports, the
 * figures), staff only
 */
@ConfigurationProperties("jianwu.console")
public record ConsoleProperties(@DefaultValue("http://127.0.0.1:8086") URI bulletinUrl,
		@DefaultValue("2s") Duration boardRefresh, @DefaultValue("20s") Duration readTimeout,
		@DefaultValue("http://127.0.0.1:8089") URI reportUrl) {

}
