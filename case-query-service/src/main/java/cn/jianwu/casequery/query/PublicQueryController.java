package cn.jianwu.casequery.query;

import java.util.concurrent.CompletableFuture;

import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.InternalHeaders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public case query, for the web site, the kiosk, WeChat (through channel-wechat) and
 * any IVR that prefers JSON to VoiceXML. Open to everyone; limited by the gateway's rate
 * limiter, this service's own per-client throttle and the code lock-out.
 */
@RestController
class PublicQueryController {

	static final String CHANNEL_HEADER = InternalHeaders.QUERY_CHANNEL;

	private final PublicQueryService queries;

	private final ClientAddresses clients;

	private final QueryAnswers answers;

	PublicQueryController(PublicQueryService queries, ClientAddresses clients, QueryAnswers answers) {
		this.queries = queries;
		this.clients = clients;
		this.answers = answers;
	}

	/**
	 * The procedural information of the credential's case, or the one uniform failure
	 * (404 {@code case-query-failed}), or 429 {@code too-many-requests}.
	 */
	@PostMapping("/api/cases/query")
	CompletableFuture<ResponseEntity<byte[]>> query(@RequestBody PublicQueryRequest body,
			@RequestHeader(name = CHANNEL_HEADER, required = false) String channelHeader, HttpServletRequest request) {
		PublicQueryChecks.check(body);
		QueryAttempt attempt = new QueryAttempt(body.queryCode(), body.idLast4(),
				PublicQueryChecks.channel(body, channelHeader), this.clients.clientKey(request));
		return this.answers.of(this.queries.query(attempt));
	}

}
