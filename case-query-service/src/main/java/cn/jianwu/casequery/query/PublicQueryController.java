package cn.jianwu.casequery.query;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.casequery.audit.QueryChannel;
import cn.jianwu.casequery.casefile.FieldProblem;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

	static final String CHANNEL_HEADER = "X-Query-Channel";

	private static final List<String> CHANNELS = List.of("WEB", "HOTLINE", "WECHAT", "KIOSK");

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
	CompletableFuture<ResponseEntity<byte[]>> query(@Valid @RequestBody PublicQueryRequest body,
			@RequestHeader(name = CHANNEL_HEADER, required = false) String channelHeader, HttpServletRequest request) {
		QueryAttempt attempt = new QueryAttempt(body.queryCode(), body.idLast4(), channel(body, channelHeader),
				this.clients.clientKey(request));
		return this.answers.of(this.queries.query(attempt));
	}

	/**
	 * The channel of a public request: never {@code DESK}, which has its own endpoint.
	 */
	static QueryChannel channel(PublicQueryRequest body, String header) {
		String name = (body.channel() != null) ? body.channel().name()
				: (header != null) ? header.trim().toUpperCase(Locale.ROOT) : "WEB";
		if (!CHANNELS.contains(name)) {
			throw new InvalidCaseDataException(
					List.of(new FieldProblem("channel", "查询渠道应为 WEB、HOTLINE、WECHAT 或 KIOSK")));
		}
		return QueryChannel.valueOf(name);
	}

}
