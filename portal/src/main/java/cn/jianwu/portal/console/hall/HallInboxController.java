package cn.jianwu.portal.console.hall;

import java.util.List;
import java.util.stream.Stream;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.portal.console.ConsoleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The online service hall's inbox (网上服务大厅): by default what the member handles, as
 * hall-service says; narrowed by department, status, kind or due state, the overdue and
 * the nearly due marked.
 */
@Controller
class HallInboxController {

	static final int PAGE_SIZE = 20;

	private final HallStaffApi api;

	HallInboxController(HallStaffApi api) {
		this.api = api;
	}

	@GetMapping("/console/hall")
	String inbox(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String department,
			@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String due, @RequestParam(defaultValue = "1") int page, Model model) {
		List<String> departments = this.api.departments(user);
		HallStaffApi.InboxFilter filter = new HallStaffApi.InboxFilter(
				departments.contains(department) ? department : null, known(MessageStatus.class, status),
				known(MessageKind.class, kind), known(DueState.class, due));
		model.addAttribute("messages", this.api.messages(user, filter, Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("departments", departments);
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("kinds", MessageKind.values());
		model.addAttribute("dueStates", DueState.values());
		model.addAttribute("counts", this.api.counts(user));
		return "console/hall/inbox";
	}

	/** A filter the list knows, or none: a stale or edited address narrows nothing. */
	static <E extends Enum<E>> E known(Class<E> type, String name) {
		return Stream.of(type.getEnumConstants()).filter((value) -> value.name().equals(name)).findFirst().orElse(null);
	}

}
