package cn.jianwu.hall.call;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.feedback.LinkedMessages;
import cn.jianwu.hall.feedback.StaffReach;
import cn.jianwu.hall.publication.Paging;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API of open calls ({@code /api/hall/staff/calls/**}). */
@RestController
class CallController {

	private final CallService service;

	private final CallRepository calls;

	private final CallViews views;

	private final LinkedMessages messages;

	private final StaffReach reach;

	CallController(CallService service, CallRepository calls, CallViews views, LinkedMessages messages,
			StaffReach reach) {
		this.service = service;
		this.calls = calls;
		this.views = views;
		this.messages = messages;
		this.reach = reach;
	}

	@PostMapping("/api/hall/staff/calls")
	@ResponseStatus(HttpStatus.CREATED)
	CallView open(@Valid @RequestBody CallRequest request, @AuthenticationPrincipal Jwt token) {
		return this.views.staff(this.service.open(request, StaffIdentity.require(), token.getTokenValue()));
	}

	@GetMapping("/api/hall/staff/calls")
	List<CallView> list() {
		return this.calls.all().stream().map(this.views::staff).toList();
	}

	@GetMapping("/api/hall/staff/calls/{id}")
	CallView get(@PathVariable UUID id) {
		return this.views.staff(find(id));
	}

	/**
	 * The responses, as summaries: the caller's department's call, or any for those who
	 * read all.
	 */
	@GetMapping("/api/hall/staff/calls/{id}/responses")
	MessagePage responses(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		OpenCall call = find(id);
		if (!this.reach.reaches(StaffIdentity.require(), call.department())) {
			throw CallProblem.notYours();
		}
		return this.messages.respondingTo(id, Paging.of(page, size));
	}

	@PostMapping("/api/hall/staff/calls/{id}/results")
	CallView results(@PathVariable UUID id, @Valid @RequestBody CallResultsRequest request,
			@AuthenticationPrincipal Jwt token) {
		StaffIdentity staff = StaffIdentity.require();
		boolean anyDepartment = staff.hasRole(StaffRole.ADMIN.name()) || staff.hasRole(StaffRole.HALL_OFFICER.name());
		return this.views.staff(this.service.publishResults(id, request, staff, token.getTokenValue(), anyDepartment));
	}

	private OpenCall find(UUID id) {
		return this.calls.find(id).orElseThrow(() -> CallProblem.notFound(id));
	}

}
