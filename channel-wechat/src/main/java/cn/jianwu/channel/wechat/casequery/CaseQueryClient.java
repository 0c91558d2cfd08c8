package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.CredentialStatus;
import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.platform.web.InternalHeaders;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.casequery.api.query.ResolvedCredential;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * case-query-service as this adapter uses it. A query or a binding is a query like any
 * other there: the same checks, lock-out, uniform failure and audit, throttled per WeChat
 * user (named by a hash of the openid in {@code X-Channel-User}, so the openid itself
 * never leaves this service).
 */
class CaseQueryClient {

	static final String CHANNEL_USER = InternalHeaders.CHANNEL_USER;

	private final RestClient http;

	private final JsonMapper json;

	CaseQueryClient(RestClient http, JsonMapper json) {
		this.http = http;
		this.json = json;
	}

	/** The procedural information behind a code and the last four, or why not. */
	Answer<CaseView> query(String openId, String queryCode, String idLast4) {
		return call("/api/cases/query", openId, queryCode, idLast4, CaseView.class);
	}

	/**
	 * The credential behind a code and the last four, for binding; a failure exactly as
	 * for a query.
	 */
	Answer<ResolvedCredential> resolve(String openId, String queryCode, String idLast4) {
		return call("/internal/credentials/resolve", openId, queryCode, idLast4, ResolvedCredential.class);
	}

	/**
	 * A bound credential's case and whether it is still valid; empty when
	 * case-query-service no longer knows it.
	 * @throws CaseQueryUnavailableException when case-query-service cannot answer
	 */
	Optional<CredentialStatus> status(UUID credentialRef) {
		try {
			return this.http.get()
				.uri("/internal/credentials/{ref}", credentialRef)
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> {
					if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
						return Optional.<CredentialStatus>empty();
					}
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new CaseQueryUnavailableException("HTTP " + response.getStatusCode().value());
					}
					return Optional.of(this.json.readValue(response.getBody(), CredentialStatus.class));
				});
		}
		catch (RestClientException | JacksonException ex) {
			throw new CaseQueryUnavailableException(ex.getClass().getSimpleName());
		}
	}

	private <T> Answer<T> call(String path, String openId, String queryCode, String idLast4, Class<T> type) {
		try {
			return this.http.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.header(CHANNEL_USER, userKey(openId))
				.body(new PublicQueryRequest(queryCode, idLast4, QueryChannel.WECHAT))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (status == 200) {
						return Answer.found(this.json.readValue(response.getBody(), type));
					}
					if (status == HttpStatus.NOT_FOUND.value()) {
						return Answer.<T>failed(failure(response));
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return Answer.<T>of(Answer.Kind.THROTTLED);
					}
					if (status == HttpStatus.BAD_REQUEST.value()) {
						return Answer.<T>of(Answer.Kind.REJECTED);
					}
					return Answer.<T>of(Answer.Kind.UNAVAILABLE);
				});
		}
		catch (RestClientException | JacksonException ex) {
			return Answer.of(Answer.Kind.UNAVAILABLE);
		}
	}

	/** The failure answer, which states the lock-out; {@code null} when unreadable. */
	private QueryFailure failure(ClientHttpResponse response) {
		try {
			return this.json.readValue(response.getBody(), QueryFailure.class);
		}
		catch (JacksonException | java.io.IOException ex) {
			return null;
		}
	}

	/** The openid as case-query-service sees it: stable per user, not the openid. */
	static String userKey(String openId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("wechat:" + openId).getBytes(StandardCharsets.UTF_8));
			return "wx-" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What case-query-service answered.
	 *
	 * @param <T> what a match answers
	 * @param kind the outcome
	 * @param body the answer when {@link Kind#FOUND}
	 * @param failure the failure answer when {@link Kind#FAILED} (may be {@code null})
	 */
	record Answer<T>(Kind kind, T body, QueryFailure failure) {

		static <T> Answer<T> found(T body) {
			return new Answer<>(Kind.FOUND, body, null);
		}

		static <T> Answer<T> failed(QueryFailure failure) {
			return new Answer<>(Kind.FAILED, null, failure);
		}

		static <T> Answer<T> of(Kind kind) {
			return new Answer<>(kind, null, null);
		}

		enum Kind {

			/** The procedural information (or the credential) was found. */
			FOUND,
			/** The one uniform failure: nothing says why. */
			FAILED,
			/** The user asked too often. */
			THROTTLED,
			/** The code or the digits were malformed. */
			REJECTED,
			/** case-query-service did not answer in time, or not at all. */
			UNAVAILABLE

		}

	}

}
