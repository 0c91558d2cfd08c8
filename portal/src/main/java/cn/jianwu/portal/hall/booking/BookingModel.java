package cn.jianwu.portal.hall.booking;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the booking and activity pages, and the kiosk's check-in and agenda, write times
 * and states with.
 */
@ControllerAdvice(
		basePackages = { "cn.jianwu.portal.hall.booking", "cn.jianwu.portal.hall.activity", "cn.jianwu.portal.kiosk" })
class BookingModel {

	@ModelAttribute
	void helpers(Model model) {
		model.addAttribute("times", BookingTimes.INSTANCE);
		model.addAttribute("bookingStates", BookingStates.INSTANCE);
	}

}
