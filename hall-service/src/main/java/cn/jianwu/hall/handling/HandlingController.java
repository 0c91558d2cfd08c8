package cn.jianwu.hall.handling;

import java.util.List;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.AssignRequest;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.handling.MergeRequest;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.ReferRequest;
import cn.jianwu.hall.api.handling.ReviewRequest;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.TextRequest;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff console's messages: lists, one message, and each step of its handling. */
@RestController
@RequestMapping("/api/hall/staff")
class HandlingController {

	private final HandlingService handling;

	private final HallDepartments departments;

	HandlingController(HandlingService handling, HallDepartments departments) {
		this.handling = handling;
		this.departments = departments;
	}

	@GetMapping("/messages")
	MessagePage list(@RequestParam(required = false) String department,
			@RequestParam(required = false) MessageStatus status, @RequestParam(required = false) MessageKind kind,
			@RequestParam(required = false) DueState due, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.handling.list(new MessageFilter(department, status, kind, due), page, size, staff());
	}

	@GetMapping("/messages/{id}")
	StaffMessage one(@PathVariable UUID id) {
		return this.handling.detail(id, staff());
	}

	@PostMapping("/messages/{id}/assign")
	StaffMessage assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
		return this.handling.assign(id, request.department(), staff());
	}

	@PostMapping("/messages/{id}/merge")
	StaffMessage merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request) {
		return this.handling.merge(id, request.into(), staff());
	}

	@PostMapping("/messages/{id}/refer")
	StaffMessage refer(@PathVariable UUID id, @Valid @RequestBody ReferRequest request) {
		return this.handling.refer(id, request.referral(), staff());
	}

	@PostMapping("/messages/{id}/acknowledge")
	StaffMessage acknowledge(@PathVariable UUID id, @Valid @RequestBody TextRequest request) {
		return this.handling.acknowledge(id, request.text(), staff());
	}

	@PostMapping("/messages/{id}/answer")
	StaffMessage answer(@PathVariable UUID id, @Valid @RequestBody TextRequest request) {
		return this.handling.draft(id, request.text(), request.revision(), staff());
	}

	@PostMapping("/messages/{id}/submit")
	StaffMessage submit(@PathVariable UUID id) {
		return this.handling.submit(id, staff());
	}

	@PostMapping("/messages/{id}/approve")
	StaffMessage approve(@PathVariable UUID id, @Valid @RequestBody(required = false) ReviewRequest request) {
		return this.handling.approve(id, (request != null) ? request.comment() : null, staff());
	}

	@PostMapping("/messages/{id}/return")
	StaffMessage returnAnswer(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
		return this.handling.returnAnswer(id, request.comment(), staff());
	}

	/** The departments a message may be assigned to. */
	@GetMapping("/departments")
	List<String> departments() {
		return this.departments.all();
	}

	private static StaffIdentity staff() {
		return StaffIdentity.require();
	}

}
