package cn.jianwu.portal.kiosk;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk's reading: 最新公开 and 办事指南 a few items a screen, turned with 上一页/下一页, and each
 * item in large type. Whatever goes wrong is said on a kiosk page with the way home,
 * never on the web site's error page (whose links lead out of the kiosk).
 */
@Controller
class KioskReadingController {

	private static final Logger log = LoggerFactory.getLogger(KioskReadingController.class);

	static final String UNAVAILABLE = "信息暂时无法显示，请稍后再试或咨询服务窗口。";

	static final String MISSING = "未找到该信息，可能已调整或撤回。";

	private final KioskReading reading;

	KioskReadingController(KioskReading reading) {
		this.reading = reading;
	}

	@GetMapping("/kiosk/latest")
	String latest(@RequestParam(required = false) String page, HttpServletResponse response, Model model) {
		model.addAttribute("heading", "最新公开");
		try {
			model.addAttribute("screen", this.reading.latest(number(page)));
		}
		catch (BackendUnavailableException ex) {
			unavailable(ex, response, model);
		}
		return "kiosk-list";
	}

	@GetMapping("/kiosk/guides")
	String guides(@RequestParam(required = false) String department, @RequestParam(required = false) String page,
			HttpServletResponse response, Model model) {
		String chosen = (department == null || department.isBlank()) ? null : department.strip();
		model.addAttribute("heading", "办事指南");
		model.addAttribute("department", chosen);
		try {
			List<String> departments = this.reading.guideDepartments();
			model.addAttribute("departments", departments.stream()
				.map((name) -> new DepartmentChoice(name, KioskReading.guidesPath(name, 1), name.equals(chosen)))
				.toList());
			model.addAttribute("allDepartments", KioskReading.guidesPath(null, 1));
			model.addAttribute("screen", this.reading.guides(chosen, number(page)));
		}
		catch (BackendUnavailableException ex) {
			unavailable(ex, response, model);
		}
		return "kiosk-list";
	}

	@GetMapping("/kiosk/items/{id}")
	String item(@PathVariable String id, HttpServletResponse response, Model model) {
		UUID itemId = parse(id);
		try {
			KioskReading.Reading found = (itemId != null) ? this.reading.item(itemId).orElse(null) : null;
			if (found == null) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("failure", MISSING);
			}
			else {
				if (found.withdrawn()) {
					response.setStatus(HttpStatus.GONE.value());
				}
				model.addAttribute("item", found);
			}
		}
		catch (BackendUnavailableException ex) {
			unavailable(ex, response, model);
		}
		return "kiosk-item";
	}

	private static void unavailable(BackendUnavailableException ex, HttpServletResponse response, Model model) {
		log.warn("Kiosk reading unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("failure", UNAVAILABLE);
	}

	/** The screen asked for; anything else is the first (a kiosk has no address bar). */
	static int number(String page) {
		if (page == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static UUID parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equalsIgnoreCase(id) ? uuid : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A department's button on the guides' screen.
	 *
	 * @param current whether its guides are shown now
	 */
	record DepartmentChoice(String name, String path, boolean current) {
	}

}
