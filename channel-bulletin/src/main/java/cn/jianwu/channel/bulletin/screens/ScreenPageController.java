package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The full-screen page of a hall screen (1920×1080). It is rendered with the current
 * items, so it shows them without JavaScript too; {@code /js/screen.js} then rolls
 * through them and keeps them current from the event stream.
 */
@Controller
class ScreenPageController {

	private final ScreenRegistry registry;

	private final ScreenItems items;

	private final InstitutionProperties institution;

	private final ScreensProperties properties;

	ScreenPageController(ScreenRegistry registry, ScreenItems items, InstitutionProperties institution,
			ScreensProperties properties) {
		this.registry = registry;
		this.items = items;
		this.institution = institution;
		this.properties = properties;
	}

	@GetMapping("/screens/{screenId}")
	String screen(@PathVariable String screenId, Model model) {
		Screen screen = this.registry.find(screenId).orElseThrow(() -> ScreenNotFound.of(screenId));
		List<ScreenItem> current = this.items.current(screen.categories(), this.properties.maxItems());
		model.addAttribute("institution", this.institution);
		model.addAttribute("screen", screen);
		model.addAttribute("items", current);
		model.addAttribute("heartbeatSeconds", this.properties.heartbeat().toSeconds());
		return "screens/display";
	}

}
