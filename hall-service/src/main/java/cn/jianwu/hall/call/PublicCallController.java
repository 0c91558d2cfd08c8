package cn.jianwu.hall.call;

import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/calls}: the calls whose announcement is public, optionally in
 * one state; {@code GET /api/public/calls/{id}}: one of them. A call whose announcement
 * is still waiting for approval, or was withdrawn, does not exist for the public.
 */
@RestController
class PublicCallController {

	private final CallRepository calls;

	private final CallViews views;

	PublicCallController(CallRepository calls, CallViews views) {
		this.calls = calls;
		this.views = views;
	}

	@GetMapping("/api/public/calls")
	List<CallView> list(@RequestParam(required = false) CallState state) {
		return this.calls.all()
			.stream()
			.filter(this.views::announced)
			.map(this.views::reader)
			.filter((view) -> state == null || view.state() == state)
			.toList();
	}

	@GetMapping("/api/public/calls/{id}")
	CallView get(@PathVariable UUID id) {
		return this.calls.find(id)
			.filter(this.views::announced)
			.map(this.views::reader)
			.orElseThrow(() -> CallProblem.notFound(id));
	}

}
