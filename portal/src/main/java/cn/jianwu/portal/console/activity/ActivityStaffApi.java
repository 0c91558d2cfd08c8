package cn.jianwu.portal.console.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityReportRequest;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.Attendee;
import cn.jianwu.hall.api.activity.OpinionRequest;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * hall-service's staff API for activities ({@code /api/hall/staff/activities/**}), called
 * with the member's token.
 */
@Component
class ActivityStaffApi {

	/** The attendance sheet's media type, as hall-service serves it. */
	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final StaffApiClient client;

	ActivityStaffApi(ConsoleServices services) {
		this.client = services.hall();
	}

	List<ActivityView> activities(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<ActivityView>>() {
		}, "/api/hall/staff/activities");
	}

	ActivityView activity(ConsoleUser user, UUID id) {
		return this.client.get(user, ActivityView.class, "/api/hall/staff/activities/{id}", id);
	}

	ActivityView schedule(ConsoleUser user, ActivityRequest request) {
		return this.client.post(user, request, ActivityView.class, "/api/hall/staff/activities");
	}

	void cancel(ConsoleUser user, UUID id, ReasonRequest request) {
		this.client.post(user, request, Void.class, "/api/hall/staff/activities/{id}/cancel", id);
	}

	List<Attendee> signUps(ConsoleUser user, UUID id) {
		return this.client.get(user, new ParameterizedTypeReference<List<Attendee>>() {
		}, "/api/hall/staff/activities/{id}/sign-ups", id);
	}

	StaffApiClient.Download attendance(ConsoleUser user, UUID id) {
		return this.client.download(user, CSV, "/api/hall/staff/activities/{id}/attendance.csv", id);
	}

	void checkIn(ConsoleUser user, UUID id, UUID signUp) {
		this.client.post(user, Map.of(), Void.class, "/api/hall/staff/activities/{id}/sign-ups/{signUpId}/check-in", id,
				signUp);
	}

	void report(ConsoleUser user, UUID id, ActivityReportRequest request) {
		this.client.post(user, request, Void.class, "/api/hall/staff/activities/{id}/report", id);
	}

	/**
	 * Enters an opinion; hall-service makes it a message of the hall.
	 * @return the message's receipt: the codes the person who gave it looks the answer up
	 * with
	 */
	SubmissionReceipt opinion(ConsoleUser user, UUID id, OpinionRequest request) {
		return this.client.post(user, request, SubmissionReceipt.class, "/api/hall/staff/activities/{id}/opinions", id);
	}

}
