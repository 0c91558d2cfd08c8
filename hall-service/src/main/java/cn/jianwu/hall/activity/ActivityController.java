package cn.jianwu.hall.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityReportRequest;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityView;
import cn.jianwu.hall.api.activity.Attendee;
import cn.jianwu.hall.api.activity.OpinionRequest;
import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API of activities ({@code /api/hall/staff/activities/**}). */
@RestController
class ActivityController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ActivityService service;

	private final ActivityRepository activities;

	private final ActivityViews views;

	private final Attendance attendance;

	private final Opinions opinions;

	private final ActivityClock clock;

	ActivityController(ActivityService service, ActivityRepository activities, ActivityViews views,
			Attendance attendance, Opinions opinions, ActivityClock clock) {
		this.service = service;
		this.activities = activities;
		this.views = views;
		this.attendance = attendance;
		this.opinions = opinions;
		this.clock = clock;
	}

	@PostMapping("/api/hall/staff/activities")
	@ResponseStatus(HttpStatus.CREATED)
	ActivityView create(@Valid @RequestBody ActivityRequest request, @AuthenticationPrincipal Jwt token) {
		return this.views.staff(this.service.create(request, StaffIdentity.require(), token.getTokenValue()));
	}

	@GetMapping("/api/hall/staff/activities")
	List<ActivityView> list() {
		return this.activities.all().stream().map(this.views::staff).toList();
	}

	@GetMapping("/api/hall/staff/activities/{id}")
	ActivityView get(@PathVariable UUID id) {
		return this.views.staff(find(id));
	}

	@PostMapping("/api/hall/staff/activities/{id}/cancel")
	ActivityView cancel(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		return this.views.staff(this.service.cancel(id, request.reason(), StaffIdentity.require()));
	}

	@GetMapping("/api/hall/staff/activities/{id}/sign-ups")
	ResponseEntity<List<Attendee>> signUps(@PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.attendance.attendees(id));
	}

	@GetMapping("/api/hall/staff/activities/{id}/attendance.csv")
	ResponseEntity<byte[]> attendanceFile(@PathVariable UUID id) {
		List<Attendee> attendees = this.attendance.export(id, StaffIdentity.require());
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("attendance-" + id + ".csv").build().toString())
			.body(AttendanceCsv.write(attendees, this.clock.zone()));
	}

	@PostMapping("/api/hall/staff/activities/{id}/sign-ups/{signUpId}/check-in")
	Attendee checkIn(@PathVariable UUID id, @PathVariable UUID signUpId) {
		return this.attendance.checkIn(id, signUpId, StaffIdentity.require());
	}

	@PostMapping("/api/hall/staff/activities/{id}/report")
	ActivityView report(@PathVariable UUID id, @Valid @RequestBody ActivityReportRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.views
			.staff(this.service.report(id, request.summary(), StaffIdentity.require(), token.getTokenValue()));
	}

	@PostMapping("/api/hall/staff/activities/{id}/opinions")
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionReceipt opinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request) {
		return this.opinions.record(id, request, StaffIdentity.require());
	}

	private Activity find(UUID id) {
		return this.activities.find(id).orElseThrow(ActivityProblem::notFound);
	}

}
