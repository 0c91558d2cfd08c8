package cn.jianwu.channel.wechat.hall;

import java.io.IOException;
import java.util.Optional;

import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.wechat.WechatReply;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * hall-service's internal API as this adapter uses it: a follower's message handed over,
 * and the text to send a WeChat writer once their message is answered. The openid goes to
 * hall-service (the answer must come back to it) and nowhere else.
 */
class HallClient {

	private final RestClient http;

	private final JsonMapper json;

	HallClient(RestClient http, JsonMapper json) {
		this.http = http;
		this.json = json;
	}

	/** Hands a follower's message over; hall-service commits it before answering. */
	Submission submit(String openId, String text) {
		try {
			return this.http.post()
				.uri("/internal/hall/wechat-messages")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.body(new WechatMessageRequest(openId, text))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (response.getStatusCode().is2xxSuccessful()) {
						return Submission.received(this.json.readValue(response.getBody(), SubmissionReceipt.class));
					}
					if (status == HttpStatus.BAD_REQUEST.value()
							|| status == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
						return Submission.refused(detail(response));
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return Submission.of(Submission.Kind.THROTTLED);
					}
					return Submission.of(Submission.Kind.UNAVAILABLE);
				});
		}
		catch (RestClientException | JacksonException ex) {
			return Submission.of(Submission.Kind.UNAVAILABLE);
		}
	}

	/**
	 * What to send the writer of a message written on WeChat; empty when hall-service has
	 * nothing to send (404: not written on WeChat, or no answer to send).
	 * @throws HallUnavailableException when hall-service cannot answer
	 */
	Optional<WechatReply> wechatReply(String messageId, HandlingAction step) {
		try {
			return this.http.get()
				.uri("/internal/hall/messages/{id}/wechat-reply?step={step}", messageId, step.name())
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> {
					if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
						return Optional.<WechatReply>empty();
					}
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new HallUnavailableException("HTTP " + response.getStatusCode().value());
					}
					return Optional.of(this.json.readValue(response.getBody(), WechatReply.class));
				});
		}
		catch (RestClientException | JacksonException ex) {
			throw new HallUnavailableException(ex.getClass().getSimpleName());
		}
	}

	/**
	 * The Problem's detail, written for the public by hall-service (e.g. which limit a
	 * text exceeds); {@code null} when there is none.
	 */
	private String detail(ClientHttpResponse response) {
		try {
			JsonNode problem = this.json.readTree(response.getBody());
			JsonNode detail = problem.get("detail");
			return (detail != null && detail.isString() && !detail.asString().isBlank()) ? detail.asString() : null;
		}
		catch (JacksonException | IOException ex) {
			return null;
		}
	}

	/**
	 * What hall-service answered to a submission.
	 *
	 * @param kind the outcome
	 * @param receipt the receipt when {@link Kind#RECEIVED}
	 * @param detail why it was refused, for the follower, when {@link Kind#REFUSED} (may
	 * be {@code null})
	 */
	record Submission(Kind kind, SubmissionReceipt receipt, String detail) {

		static Submission received(SubmissionReceipt receipt) {
			return new Submission(Kind.RECEIVED, receipt, null);
		}

		static Submission refused(String detail) {
			return new Submission(Kind.REFUSED, null, detail);
		}

		static Submission of(Kind kind) {
			return new Submission(kind, null, null);
		}

		@Override
		public String toString() {
			// the receipt's codes must never reach a log
			return "Submission[" + this.kind + "]";
		}

		enum Kind {

			/** Committed; the receipt holds the codes. */
			RECEIVED,
			/** The text broke a rule (too long, ...). */
			REFUSED,
			/** The follower wrote too often. */
			THROTTLED,
			/**
			 * hall-service did not answer in time, not at all, or not as its contract
			 * says.
			 */
			UNAVAILABLE

		}

	}

}
