package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * case-query-service as this adapter uses it. A query or a binding is a query like any
 * other there: the same checks, lock-out, uniform failure and audit, throttled per WeChat
 * user (named by a hash of the openid in {@code X-Channel-User}, so the openid itself
 * never leaves this service).
 */
class CaseQueryClient {

	static final String CHANNEL_USER = "X-Channel-User";

	private final RestClient http;

	private final JsonMapper json;

	CaseQueryClient(RestClient http, JsonMapper json) {
		this.http = http;
		this.json = json;
	}

	/** The procedural information behind a code and the last four, or why not. */
	Answer query(String openId, String queryCode, String idLast4) {
		return call("/api/cases/query", openId, queryCode, idLast4);
	}

	/**
	 * The credential behind a code and the last four, for binding: {@code credentialRef}
	 * and {@code caseNumber}; a failure exactly as for a query.
	 */
	Answer resolve(String openId, String queryCode, String idLast4) {
		return call("/internal/credentials/resolve", openId, queryCode, idLast4);
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
					JsonNode body = this.json.readTree(response.getBody());
					return Optional.of(new CredentialStatus(body.path("caseNumber").asString(),
							body.path("active").asBoolean(false)));
				});
		}
		catch (RestClientException ex) {
			throw new CaseQueryUnavailableException(ex.getClass().getSimpleName());
		}
	}

	private Answer call(String path, String openId, String queryCode, String idLast4) {
		try {
			return this.http.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.header(CHANNEL_USER, userKey(openId))
				.body(Map.of("queryCode", queryCode, "idLast4", idLast4, "channel", "WECHAT"))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (status == 200) {
						return Answer.found(this.json.readTree(response.getBody()));
					}
					if (status == HttpStatus.NOT_FOUND.value()) {
						return Answer.failed();
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return Answer.throttled();
					}
					if (status == HttpStatus.BAD_REQUEST.value()) {
						return Answer.rejected();
					}
					return Answer.unavailable();
				});
		}
		catch (RestClientException ex) {
			return Answer.unavailable();
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
	 * @param kind the outcome
	 * @param body the answer's JSON when {@link Kind#FOUND}
	 */
	record Answer(Kind kind, JsonNode body) {

		static Answer found(JsonNode body) {
			return new Answer(Kind.FOUND, body);
		}

		static Answer failed() {
			return new Answer(Kind.FAILED, null);
		}

		static Answer throttled() {
			return new Answer(Kind.THROTTLED, null);
		}

		static Answer rejected() {
			return new Answer(Kind.REJECTED, null);
		}

		static Answer unavailable() {
			return new Answer(Kind.UNAVAILABLE, null);
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

	/**
	 * @param caseNumber the credential's case
	 * @param active whether the credential is still valid
	 */
	record CredentialStatus(String caseNumber, boolean active) {
	}

}
