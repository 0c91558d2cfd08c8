package cn.jianwu.hall.feedback;

import java.util.UUID;

import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.publication.Paging;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hall/staff/items/{itemId}/feedback}: what the public said about a
 * disclosure item, for the console's item page — the caller's department's, or every
 * department's for those who read them all.
 */
@RestController
class FeedbackController {

	private final LinkedMessages messages;

	private final StaffReach reach;

	FeedbackController(LinkedMessages messages, StaffReach reach) {
		this.messages = messages;
		this.reach = reach;
	}

	@GetMapping("/api/hall/staff/items/{itemId}/feedback")
	MessagePage feedback(@PathVariable UUID itemId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.messages.aboutItem(itemId, this.reach.department(StaffIdentity.require()), Paging.of(page, size));
	}

}
