package cn.jianwu.portal.casequery;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.ForwardedFor;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * case-query-service's public query, {@code POST /api/cases/query}, on behalf of a reader
 * of the web site or of the kiosk. The client's address goes along as
 * {@code X-Forwarded-For} (what the gateway said, plus the gateway's own address), so
 * that the service's throttling and audit see the reader, not the portal. The query code
 * is never logged.
 */
@Component
public class CaseQueryClient {

	private static final Logger log = LoggerFactory.getLogger(CaseQueryClient.class);

	private final RestClient client;

	CaseQueryClient(BackendClients clients, PortalProperties properties) {
		this.client = clients.forService(properties.caseQueryUrl());
	}

	/**
	 * @param form a checked form
	 * @param channel where the query came from
	 * @param request the reader's request, for their address and the request id
	 */
	public CaseQueryOutcome query(CaseQueryForm form, QueryChannel channel, HttpServletRequest request) {
		PublicQueryRequest body = new PublicQueryRequest(form.queryCode(), form.idLast4(), channel);
		CaseQueryOutcome outcome;
		try {
			outcome = this.client.post()
				.uri("/api/cases/query")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers((headers) -> ForwardedFor.reader(headers, request))
				.body(body)
				.exchange((sent, answer) -> {
					int status = answer.getStatusCode().value();
					if (answer.getStatusCode().is2xxSuccessful()) {
						CaseView information = answer.bodyTo(CaseView.class);
						return (information != null) ? CaseQueryOutcome.found(information)
								: CaseQueryOutcome.of(CaseQueryOutcome.Kind.UNAVAILABLE);
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return new CaseQueryOutcome(CaseQueryOutcome.Kind.THROTTLED, null,
								retryAfter(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)), null);
					}
					if (status == HttpStatus.NOT_FOUND.value()) {
						return CaseQueryOutcome.refused(failure(answer));
					}
					if (answer.getStatusCode().is4xxClientError()) {
						return CaseQueryOutcome.refused(null);
					}
					return CaseQueryOutcome.of(CaseQueryOutcome.Kind.UNAVAILABLE);
				});
		}
		catch (RestClientException ex) {
			log.warn("Case query ({}) could not reach case-query-service: {}", channel, ex.getMessage());
			outcome = CaseQueryOutcome.of(CaseQueryOutcome.Kind.UNAVAILABLE);
		}
		log.info("Case query ({}) ended {}", channel, outcome.kind());
		return outcome;
	}

	/**
	 * The one failure answer, which states the lock-out; {@code null} when unreadable.
	 */
	private static QueryFailure failure(ConvertibleClientHttpResponse answer) {
		try {
			return answer.bodyTo(QueryFailure.class);
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	static long retryAfter(String value) {
		if (value == null) {
			return 0;
		}
		try {
			return Math.max(0, Long.parseLong(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
