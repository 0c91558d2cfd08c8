package cn.jianwu.portal.kiosk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The service-hall kiosk's home (触摸屏首页): five large buttons — 案件查询, 最新公开, 办事指南, 预约签到,
 * 我要留言 — that every other kiosk page comes back to after a spell without a touch
 * ({@code js/kiosk.js}).
 */
@Controller
class KioskController {

	@GetMapping("/kiosk")
	String home() {
		return "kiosk-home";
	}

}
