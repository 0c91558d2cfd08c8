package cn.jianwu.portal.hall;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the online service hall shows text with. */
@ControllerAdvice(basePackages = { "cn.jianwu.portal.hall", "cn.jianwu.portal.kiosk", "cn.jianwu.portal.console.hall" })
class HallModel {

	@ModelAttribute
	void text(Model model) {
		model.addAttribute("plainText", PlainText.INSTANCE);
	}

}
