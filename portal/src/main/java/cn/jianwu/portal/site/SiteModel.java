package cn.jianwu.portal.site;

import java.util.Map;

import cn.jianwu.platform.institution.InstitutionProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame shows: the institution, the display mode and its switch, and
 * where the search box's script asks for completions.
 */
@ControllerAdvice(basePackages = "cn.jianwu.portal")
public class SiteModel {

	private final InstitutionProperties institution;

	private final PortalProperties portal;

	SiteModel(InstitutionProperties institution, PortalProperties portal) {
		this.institution = institution;
		this.portal = portal;
	}

	@ModelAttribute
	void frame(HttpServletRequest request, Model model) {
		model.addAllAttributes(attributes(request));
	}

	/** The frame's attributes, also for pages rendered outside a controller (errors). */
	public Map<String, Object> attributes(HttpServletRequest request) {
		return Map.of("institution", this.institution, "largeDisplay", DisplayMode.isLarge(request), "displayToggleUrl",
				DisplayMode.toggleUrl(request), "suggestPath", this.portal.suggestPath());
	}

}
