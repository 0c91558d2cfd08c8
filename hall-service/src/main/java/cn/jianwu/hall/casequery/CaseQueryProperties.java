package cn.jianwu.hall.casequery;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where case-query-service is ({@code jianwu.hall.case-query-url}) and how long a booking
 * waits for it: a lawyer is not kept waiting at the form because the case system is slow
 * — the booking then waits for the case manager instead.
 *
 * @param caseQueryUrl its base URL
 * @param caseQueryClient the client's timeouts
 */
@ConfigurationProperties("jianwu.hall")
public record CaseQueryProperties(@DefaultValue("http://127.0.0.1:8082") URI caseQueryUrl,
		@DefaultValue Client caseQueryClient) {

	/**
	 * @param connectTimeout to connect
	 * @param readTimeout to answer
	 */
	public record Client(@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("1500ms") Duration readTimeout) {

	}

}
