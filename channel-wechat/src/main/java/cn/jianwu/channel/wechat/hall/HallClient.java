package cn.jianwu.channel.wechat.hall;

import java.io.IOException;
import java.util.Optional;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatBindRequest;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;
import cn.jianwu.hall.api.wechat.WechatNotice;
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
 * and the text to send a WeChat writer once their message is answered; a booking bound to
 * a follower, and the words of an appointment's notice. The openid goes to hall-service
 * (the answer must come back to it) and nowhere else.
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
	 * What to tell the person who booked, as a template message; empty when there is
	 * nobody to tell on WeChat or the notice no longer applies (404).
	 * @throws HallUnavailableException when hall-service cannot answer
	 */
	Optional<WechatNotice> wechatNotice(String appointmentId, AppointmentNotice notice) {
		try {
			return this.http.get()
				.uri("/internal/hall/appointments/{id}/wechat-notice?notice={notice}", appointmentId, notice.name())
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> {
					if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
						return Optional.<WechatNotice>empty();
					}
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new HallUnavailableException("HTTP " + response.getStatusCode().value());
					}
					return Optional.of(this.json.readValue(response.getBody(), WechatNotice.class));
				});
		}
		catch (RestClientException | JacksonException ex) {
			throw new HallUnavailableException(ex.getClass().getSimpleName());
		}
	}

	/**
	 * Binds a booking to the follower, who is then told of it here. The code and the ID
	 * characters go to hall-service only.
	 */
	Binding bind(String openId, String bookingCode, String idLast4) {
		try {
			return this.http.post()
				.uri("/internal/hall/appointments/wechat-binding")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.body(new WechatBindRequest(openId, bookingCode, idLast4))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (response.getStatusCode().is2xxSuccessful()) {
						return Binding.bound(this.json.readValue(response.getBody(), AppointmentLookup.class));
					}
					if (status == HttpStatus.NOT_FOUND.value() || status == HttpStatus.BAD_REQUEST.value()) {
						return Binding.of(Binding.Kind.NOT_FOUND);
					}
					if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
						return Binding.of(Binding.Kind.THROTTLED);
					}
					return Binding.of(Binding.Kind.UNAVAILABLE);
				});
		}
		catch (RestClientException | JacksonException ex) {
			return Binding.of(Binding.Kind.UNAVAILABLE);
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

	/**
	 * What hall-service answered to a binding.
	 *
	 * @param kind the outcome
	 * @param booking the booking as its person sees it, when {@link Kind#BOUND}
	 */
	record Binding(Kind kind, AppointmentLookup booking) {

		static Binding bound(AppointmentLookup booking) {
			return new Binding(Kind.BOUND, booking);
		}

		static Binding of(Kind kind) {
			return new Binding(kind, null);
		}

		enum Kind {

			/** The booking now reports to this follower. */
			BOUND,
			/**
			 * The one uniform failure: no such code, not that person, or locked out after
			 * too many tries; which one is not said.
			 */
			NOT_FOUND,
			/** The follower tried too often. */
			THROTTLED,
			/**
			 * hall-service did not answer in time, not at all, or not as its contract
			 * says.
			 */
			UNAVAILABLE

		}

	}

}
