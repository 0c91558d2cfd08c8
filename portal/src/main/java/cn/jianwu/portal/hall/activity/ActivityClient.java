package cn.jianwu.portal.hall.activity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.SignUpLookup;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.activity.SignUpRequest;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.portal.hall.booking.HallAnswer;
import cn.jianwu.portal.hall.booking.PublicHallCalls;
import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * hall-service's public activity API as the portal calls it: the announced activities, a
 * sign-up, and by sign-up code its lookup and cancellation. Outcomes are logged, never a
 * code or what a person typed.
 */
@Component
class ActivityClient {

	private static final Logger log = LoggerFactory.getLogger(ActivityClient.class);

	private final PublicHallCalls calls;

	private final RestClient client;

	ActivityClient(PublicHallCalls calls) {
		this.calls = calls;
		this.client = calls.reader();
	}

	List<ActivityView> activities(boolean upcoming) {
		return PublicHallCalls.read("activities",
				() -> this.client.get()
					.uri("/api/public/activities?upcoming={upcoming}", upcoming)
					.retrieve()
					.body(new ParameterizedTypeReference<List<ActivityView>>() {
					}));
	}

	/** An announced activity, or empty when there is none. */
	Optional<ActivityView> activity(UUID id) {
		try {
			return Optional.of(PublicHallCalls.read("activity",
					() -> this.client.get()
						.uri("/api/public/activities/{id}", id)
						.retrieve()
						.body(ActivityView.class)));
		}
		catch (BackendUnavailableException ex) {
			if (ex.getCause() instanceof HttpClientErrorException refused
					&& refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	HallAnswer<SignUpReceipt> signUp(UUID activity, SignUpRequest signUp, HttpServletRequest request) {
		HallAnswer<SignUpReceipt> answer = this.calls.post("/api/hall/activities/" + activity + "/sign-ups", signUp,
				request, (response) -> response.bodyTo(SignUpReceipt.class));
		log.info("Sign-up for activity {} ({}) ended {}", activity, signUp.channelOrWeb(), answer.status());
		return answer;
	}

	HallAnswer<SignUpLookup> lookup(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("lookup", code, request);
	}

	HallAnswer<SignUpLookup> cancel(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("cancel", code, request);
	}

	private HallAnswer<SignUpLookup> byCode(String action, BookingCodeRequest code, HttpServletRequest request) {
		HallAnswer<SignUpLookup> answer = this.calls.post("/api/hall/activities/sign-ups/" + action, code, request,
				(response) -> response.bodyTo(SignUpLookup.class));
		log.info("Sign-up {} ended {}", action, answer.status());
		return answer;
	}

}
