package cn.jianwu.portal.publication;

import java.util.UUID;

import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An item's page: the redacted text, its date and department, its attachments. */
@Controller
class ItemController {

	private final PublicItems items;

	ItemController(PublicItems items) {
		this.items = items;
	}

	@GetMapping("/items/{id}")
	@PublicPage(maxAgeSeconds = 60)
	String item(@PathVariable String id, Model model) {
		UUID itemId = parse(id);
		ItemView item = this.items.item(itemId).orElseThrow(() -> new PageNotFoundException("item " + id));
		model.addAttribute("item", item);
		model.addAttribute("columns", Column.values());
		return "item";
	}

	private static UUID parse(String id) {
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
