package cn.jianwu.disclosure.console;

import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.item.ItemReads;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/disclosures/mine?status=DRAFT}: the items the caller drafted or last
 * edited (the console's "my drafts"), newest change first. Everyone reads only their own,
 * so no role is needed beyond a valid token.
 */
@RestController
class MyItemsController {

	private final ItemReads reads;

	MyItemsController(ItemReads reads) {
		this.reads = reads;
	}

	@GetMapping("/api/disclosures/mine")
	ItemPage mine(@RequestParam(required = false) ItemStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Jwt token) {
		if (page < 0 || size < 1 || size > 100) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到100之间。");
		}
		String username = StaffMember.of(token).username();
		ItemReads.Page mine = this.reads.byAuthor(username, status, page, size);
		return new ItemPage(mine.items().stream().map(StaffItems::summary).toList(), mine.total(), page, size);
	}

}
