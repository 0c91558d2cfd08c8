package cn.jianwu.portal.publication;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;
import cn.jianwu.redaction.HtmlText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查看修改内容: what changed between two published revisions of an item, in title, summary and
 * body (the redacted texts the public read), deletions and insertions marked in words as
 * well as by style.
 */
@Controller
class ChangesController {

	private final PublicItems items;

	ChangesController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/items/{id}/changes")
	@PublicPage(maxAgeSeconds = 60)
	String changes(@PathVariable String id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response) {
		UUID itemId = ItemController.parse(id);
		int older = revision(from);
		int newer = revision(to);
		if (older >= newer) {
			throw new PageNotFoundException("changes " + from + " to " + to + " of " + id);
		}
		DisclosureClient.Lookup before = this.items.revision(itemId, older);
		DisclosureClient.Lookup after = (before instanceof DisclosureClient.Lookup.Found)
				? this.items.revision(itemId, newer) : before;
		for (DisclosureClient.Lookup lookup : new DisclosureClient.Lookup[] { before, after }) {
			if (lookup instanceof DisclosureClient.Lookup.Withdrawn withdrawn) {
				return ItemController.withdrawn(this.items.withdrawn(withdrawn.notice()), model, response);
			}
		}
		model.addAttribute("changes", changes(ItemController.found(before, "revision " + from + " of " + id),
				ItemController.found(after, "revision " + to + " of " + id)));
		model.addAttribute("columns", Column.values());
		return "item-changes";
	}

	private ChangesView changes(PublicItem before, PublicItem after) {
		return new ChangesView(after.title(), PublicItems.path(after.id()),
				Column.byCategory(after.category()).orElse(null), this.items.revisionLine(before),
				this.items.revisionLine(after), TextDiff.inline(before.title(), after.title()),
				TextDiff.inline(blank(before.summary()), blank(after.summary())), TextDiff
					.paragraphs(HtmlText.parse(before.body()).paragraphs(), HtmlText.parse(after.body()).paragraphs()));
	}

	private static String blank(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static int revision(String number) {
		try {
			int revision = Integer.parseInt(number.strip());
			if (revision >= 1) {
				return revision;
			}
		}
		catch (NumberFormatException ex) {
			// an address nobody linked to
		}
		throw new PageNotFoundException("revision " + number);
	}

}
