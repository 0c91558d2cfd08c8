package cn.jianwu.casequery.channel;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.casequery.api.query.CredentialStatus;
import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.ResolvedCredential;
import cn.jianwu.casequery.credential.Credentials;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.casequery.query.PublicQueryChecks;
import cn.jianwu.casequery.query.PublicQueryService;
import cn.jianwu.casequery.query.QueryAnswers;
import cn.jianwu.casequery.query.QueryAttempt;
import cn.jianwu.casequery.query.QueryResult;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The channel adapters' API (channel-wechat binds a WeChat user to a credential and,
 * before a progress notification, checks that the credential is still valid). Only from
 * the addresses in {@code jianwu.case-query.query.clients.channel-callers}; the gateway
 * has no route to it. Resolving a credential is a query like any other: the same checks,
 * lock-out, throttle (the adapter names its user in {@code X-Channel-User}), uniform
 * failure and audit.
 */
@RestController
class ChannelCredentialController {

	private final PublicQueryService queries;

	private final Credentials credentials;

	private final ClientAddresses clients;

	private final QueryAnswers answers;

	private final JsonMapper json;

	ChannelCredentialController(PublicQueryService queries, Credentials credentials, ClientAddresses clients,
			QueryAnswers answers, JsonMapper json) {
		this.queries = queries;
		this.credentials = credentials;
		this.clients = clients;
		this.answers = answers;
		this.json = json;
	}

	/**
	 * The credential behind a code and the last four, for binding: {@code credentialRef}
	 * and {@code caseNumber}, or the uniform failure.
	 */
	@PostMapping("/internal/credentials/resolve")
	CompletableFuture<ResponseEntity<byte[]>> resolve(@RequestBody PublicQueryRequest body,
			HttpServletRequest request) {
		PublicQueryChecks.check(body);
		QueryChannel channel = (body.channel() != null && body.channel().isPublic()) ? body.channel()
				: QueryChannel.WECHAT;
		QueryResult result = this.queries
			.query(new QueryAttempt(body.queryCode(), body.idLast4(), channel, this.clients.clientKey(request)));
		byte[] resolved = (result.kind() == QueryResult.Kind.SUCCESS)
				? this.json.writeValueAsString(new ResolvedCredential(result.credentialRef(), result.caseNumber()))
					.getBytes(StandardCharsets.UTF_8)
				: null;
		return this.answers.of(result, resolved);
	}

	/** A bound credential's case and validity; 404 when unknown. */
	@GetMapping("/internal/credentials/{ref}")
	ResponseEntity<CredentialStatus> status(@PathVariable UUID ref) {
		return ResponseEntity
			.ok(this.credentials.status(ref).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
