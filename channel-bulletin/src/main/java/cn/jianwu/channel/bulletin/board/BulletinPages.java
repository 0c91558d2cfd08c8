package cn.jianwu.channel.bulletin.board;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.platform.web.Problems;
import cn.jianwu.redaction.HtmlText;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * The LAN bulletin as staff read it in a browser: every current item, internal ones
 * marked, by category and newest first, and a page per item. Server-rendered, readable
 * without JavaScript.
 */
@Controller
class BulletinPages {

	/** More than a bulletin ever holds at once; a cap against a runaway page only. */
	static final int MAX_ITEMS = 1000;

	private final BulletinBoard board;

	private final InstitutionProperties institution;

	BulletinPages(BulletinBoard board, InstitutionProperties institution) {
		this.board = board;
		this.institution = institution;
	}

	static String itemPath(String itemId) {
		return "/bulletin/items/" + UriUtils.encodePathSegment(itemId, StandardCharsets.UTF_8);
	}

	@GetMapping("/bulletin")
	String index(Model model) {
		List<BulletinEntry> entries = this.board.current(MAX_ITEMS);
		model.addAttribute("institution", this.institution);
		model.addAttribute("sections", CategorySection.of(entries));
		model.addAttribute("total", entries.size());
		return "bulletin/index";
	}

	@GetMapping("/bulletin/items/{itemId}")
	String item(@PathVariable String itemId, Model model) {
		BulletinItem item = this.board.find(itemId).orElseThrow(BulletinPages::notFound);
		model.addAttribute("institution", this.institution);
		model.addAttribute("entry", item.entry());
		model.addAttribute("categoryAnchor", CategorySection.anchor(item.entry().category()));
		model.addAttribute("paragraphs", HtmlText.parse(item.body()).paragraphs());
		return "bulletin/item";
	}

	static ErrorResponseException notFound() {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到该公告", "该公告不存在或已撤回。"), null);
	}

}
