package cn.jianwu.portal.console.screens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.Category;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hall screens' registry and who is online (ADMIN): channel-bulletin's
 * {@code /screens/admin/**}, called from the server (the service is on the internal
 * network only and has no route on the public gateway).
 */
@Controller
class ScreensController {

	private static final ParameterizedTypeReference<List<Screen>> SCREENS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Presence>> PRESENCE = new ParameterizedTypeReference<>() {
	};

	private final StaffApiClient bulletin;

	ScreensController(ConsoleServices services) {
		this.bulletin = services.bulletin();
	}

	@GetMapping("/console/screens")
	String screens(@AuthenticationPrincipal ConsoleUser user, Model model) {
		requireAdmin(user);
		return page(user, model, ScreenForm.blank(), Map.of(), null);
	}

	@GetMapping("/console/screens/{id}/edit")
	String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		requireAdmin(user);
		Screen screen = this.bulletin.get(user, Screen.class, "/screens/admin/screens/{id}", id);
		return page(user, model, ScreenForm.of(screen), Map.of(), id);
	}

	@PostMapping("/console/screens")
	String register(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute("screen") ScreenForm form, Model model,
			RedirectAttributes redirect) {
		requireAdmin(user);
		try {
			this.bulletin.post(user, form.registration(), Screen.class, "/screens/admin/screens");
		}
		catch (ConsoleApiException ex) {
			return page(user, model, form, ex.errorsByField(), null);
		}
		redirect.addFlashAttribute("notice", "显示屏“" + form.getName() + "”已登记，地址为 /screens/" + form.getId() + "。");
		return "redirect:/console/screens";
	}

	@PostMapping("/console/screens/{id}")
	String change(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@ModelAttribute("screen") ScreenForm form, Model model, RedirectAttributes redirect) {
		requireAdmin(user);
		form.setId(id);
		try {
			this.bulletin.put(user, form.settings(), Screen.class, "/screens/admin/screens/{id}", id);
		}
		catch (ConsoleApiException ex) {
			return page(user, model, form, ex.errorsByField(), id);
		}
		redirect.addFlashAttribute("notice", "显示屏“" + form.getName() + "”的设置已保存，屏幕将立即按新设置显示。");
		return "redirect:/console/screens";
	}

	@PostMapping("/console/screens/{id}/delete")
	String remove(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, RedirectAttributes redirect) {
		requireAdmin(user);
		try {
			this.bulletin.delete(user, "/screens/admin/screens/{id}", id);
			redirect.addFlashAttribute("notice", "显示屏 " + id + " 已删除。");
		}
		catch (ConsoleApiException ex) {
			redirect.addFlashAttribute("problem", ex.detail());
		}
		return "redirect:/console/screens";
	}

	private String page(ConsoleUser user, Model model, ScreenForm form, Map<String, String> errors, String editing) {
		List<Screen> screens = this.bulletin.get(user, SCREENS, "/screens/admin/screens");
		List<Presence> presence = this.bulletin.get(user, PRESENCE, "/screens/admin/status");
		Map<String, Presence> byId = new LinkedHashMap<>();
		presence.forEach((status) -> byId.put(status.id(), status));
		List<Row> rows = new ArrayList<>();
		for (Screen screen : screens) {
			rows.add(new Row(screen, byId.get(screen.id())));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("online", rows.stream().filter(Row::online).count());
		model.addAttribute("screen", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editing", editing);
		return "console/screens";
	}

	private static void requireAdmin(ConsoleUser user) {
		if (!user.admin()) {
			throw new ConsoleApiException(403, "forbidden", "无权限", "只有系统管理员可以管理大厅显示屏。", List.of());
		}
	}

	/** A registered screen, as channel-bulletin answers it. */
	record Screen(String id, String name, String location, List<Category> categories, int secondsPerItem,
			Instant createdAt, Instant updatedAt) {

		Screen {
			categories = (categories != null) ? List.copyOf(categories) : List.of();
		}

	}

	/** Whether a screen is connected now. */
	record Presence(String id, String name, String location, boolean online, Instant onlineSince, Instant lastSeen) {
	}

	/** A screen with its presence. */
	record Row(Screen screen, Presence presence) {

		public boolean online() {
			return this.presence != null && this.presence.online();
		}

	}

}
