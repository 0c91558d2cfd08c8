package cn.jianwu.casequery.hotline;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.casefile.CaseViews;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.hashing.QueryCodes;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.casequery.query.PublicQueryService;
import cn.jianwu.casequery.query.QueryAttempt;
import cn.jianwu.casequery.query.QueryProperties;
import cn.jianwu.casequery.query.QueryResult;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline (电话查询) for the institution's IVR platform: VoiceXML 2.1 documents under
 * {@code /api/hotline/}, starting at {@code /api/hotline/welcome}. The IVR submits the
 * DTMF fields {@code code} and {@code last4} by POST to {@code /api/hotline/answer}; the
 * query is the public query (channel {@code HOTLINE}) with its lock-out, throttle,
 * uniform and equally slow failure, and audit. Documents are never cached.
 */
@RestController
class HotlineController {

	static final MediaType VOICEXML = new MediaType("application", "voicexml+xml", StandardCharsets.UTF_8);

	private final HotlineDocuments documents;

	private final PublicQueryService queries;

	private final CaseViews views;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final QueryProperties queryProperties;

	private final HotlineProperties properties;

	HotlineController(HotlineDocuments documents, PublicQueryService queries, CaseViews views, ClientAddresses clients,
			FailurePacing pacing, QueryProperties queryProperties, HotlineProperties properties) {
		this.documents = documents;
		this.queries = queries;
		this.views = views;
		this.clients = clients;
		this.pacing = pacing;
		this.queryProperties = queryProperties;
		this.properties = properties;
	}

	@GetMapping({ "/api/hotline", "/api/hotline/", "/api/hotline/welcome" })
	ResponseEntity<byte[]> welcome() {
		return vxml(this.documents.welcome());
	}

	@GetMapping("/api/hotline/entry")
	ResponseEntity<byte[]> entry(@RequestParam(defaultValue = "1") int round) {
		return vxml(this.documents.entry(round(round)));
	}

	@GetMapping("/api/hotline/operator")
	ResponseEntity<byte[]> operator() {
		return vxml(this.documents.operatorTransfer());
	}

	/** The answer to the DTMF input: the case read out, or the one failure. */
	@PostMapping("/api/hotline/answer")
	CompletableFuture<ResponseEntity<byte[]>> answer(@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String last4, @RequestParam(defaultValue = "1") int round,
			HttpServletRequest request) {
		long started = System.nanoTime();
		int current = round(round);
		String queryCode = code.replaceAll("\\s", "");
		String digits = last4.replaceAll("\\s", "").replace('*', 'X').toUpperCase(Locale.ROOT);
		if (!QueryCodes.isWellFormed(queryCode) || !IdNumbers.isLast4(digits)) {
			// The grammars let no such input through; answered like any failure.
			return this.pacing.notBefore(started + this.queryProperties.failureMinDuration().toNanos(),
					vxml(this.documents.failure(current)));
		}
		QueryResult result = this.queries
			.query(new QueryAttempt(queryCode, digits, QueryChannel.HOTLINE, this.clients.clientKey(request)));
		switch (result.kind()) {
			case SUCCESS:
				return CompletableFuture
					.completedFuture(vxml(this.documents.success(this.views.read(result.view()), current)));
			case THROTTLED:
				return CompletableFuture.completedFuture(vxml(this.documents.throttled()));
			default:
				return this.pacing.notBefore(result.notBefore(), vxml(result.untilReissue()
						? this.documents.lockedUntilReissue(current) : this.documents.failure(current)));
		}
	}

	private int round(int round) {
		return Math.max(1, Math.min(round, this.properties.maxQueriesPerCall() + 1));
	}

	private static ResponseEntity<byte[]> vxml(byte[] document) {
		return ResponseEntity.ok().contentType(VOICEXML).cacheControl(CacheControl.noStore()).body(document);
	}

}
