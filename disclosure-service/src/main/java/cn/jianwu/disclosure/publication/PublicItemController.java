package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published public items, redacted, for anyone. Internal items never appear here. */
@RestController
class PublicItemController {

	private final PublishedRevisions revisions;

	PublicItemController(PublishedRevisions revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/api/public/items")
	PublicItemPage list(@RequestParam(required = false) Category category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > 100) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到100之间。");
		}
		return new PublicItemPage(this.revisions.currentPublic(category, page, size),
				this.revisions.countPublic(category), page, size);
	}

	@GetMapping("/api/public/items/{id}")
	PublicItem one(@PathVariable UUID id) {
		return this.revisions.currentPublic(id).orElseThrow(() -> DisclosureException.notFound(id));
	}

	/** One page of public items. */
	record PublicItemPage(List<PublicItem> items, long total, int page, int size) {
	}

}
