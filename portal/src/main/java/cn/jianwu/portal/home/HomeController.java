package cn.jianwu.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public site's front page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "index";
	}

}
