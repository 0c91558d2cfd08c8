package cn.jianwu.portal.hall.booking;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the booking and activity pages write times and states with. */
@ControllerAdvice(basePackages = { "cn.jianwu.portal.hall.booking", "cn.jianwu.portal.hall.activity" })
class BookingModel {

	@ModelAttribute
	void helpers(Model model) {
		model.addAttribute("times", BookingTimes.INSTANCE);
		model.addAttribute("bookingStates", BookingStates.INSTANCE);
	}

}
