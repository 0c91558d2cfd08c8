package cn.jianwu.portal.publication;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An item's page: the redacted text, its date and department, its attachments, and its
 * open history when it was revised. A withdrawn item's address answers {@code 410 Gone}
 * with what the public may know of the withdrawal, never the text.
 */
@Controller
class ItemController {

	private final PublicItems items;

	ItemController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/items/{id}")
	@PublicPage(maxAgeSeconds = 60)
	String item(@PathVariable String id, Model model, HttpServletResponse response) {
		UUID itemId = parse(id);
		DisclosureClient.Lookup lookup = this.items.lookup(itemId);
		if (lookup instanceof DisclosureClient.Lookup.Withdrawn withdrawn) {
			return withdrawn(this.items.withdrawn(withdrawn.notice()), model, response);
		}
		PublicItem item = found(lookup, "item " + id);
		model.addAttribute("item", this.items.view(item));
		model.addAttribute("columns", Column.values());
		return "item";
	}

	/**
	 * The page of a withdrawn item, {@code 410 Gone}: cached like the item's page was, so
	 * that the withdrawal reaches readers as fast as a revision would.
	 */
	static String withdrawn(WithdrawnView view, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("withdrawn", view);
		model.addAttribute("columns", Column.values());
		return "withdrawn";
	}

	/** The item a lookup found; a missing one is a page that does not exist. */
	static PublicItem found(DisclosureClient.Lookup lookup, String what) {
		if (lookup instanceof DisclosureClient.Lookup.Found found) {
			return found.item();
		}
		throw new PageNotFoundException(what);
	}

	static UUID parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			if (uuid.toString().equalsIgnoreCase(id)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// not an item's address
		}
		throw new PageNotFoundException("item " + id);
	}

}
