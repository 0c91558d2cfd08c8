package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.channel.bulletin.agenda.TodaysAgenda;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The full-screen page of a hall screen (1920×1080). It is rendered with the current
 * items and today's agenda, so it shows them without JavaScript too;
 * {@code /js/screen.js} then rolls through the items and keeps both current from the
 * event stream.
 */
@Controller
class ScreenPageController {

	private final ScreenRegistry registry;

	private final ScreenItems items;

	private final InstitutionProperties institution;

	private final ScreensProperties properties;

	private final TodaysAgenda agenda;

	ScreenPageController(ScreenRegistry registry, ScreenItems items, InstitutionProperties institution,
			ScreensProperties properties, TodaysAgenda agenda) {
		this.registry = registry;
		this.items = items;
		this.institution = institution;
		this.properties = properties;
		this.agenda = agenda;
	}

	@GetMapping("/screens/{screenId}")
	String screen(@PathVariable String screenId, Model model) {
		Screen screen = this.registry.find(screenId).orElseThrow(() -> ScreenNotFound.of(screenId));
		List<ScreenItem> current = this.items.current(screen.categories(), this.properties.maxItems());
		model.addAttribute("institution", this.institution);
		model.addAttribute("screen", screen);
		model.addAttribute("items", current);
		model.addAttribute("agenda", this.agenda.current());
		model.addAttribute("heartbeatSeconds", this.properties.heartbeat().toSeconds());
		return "screens/display";
	}

}
