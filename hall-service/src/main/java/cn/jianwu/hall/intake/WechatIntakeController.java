package cn.jianwu.hall.intake;

import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * channel-wechat hands over a follower's 留言 ({@code POST /internal/hall/wechat-messages},
 * only from {@code jianwu.hall.throttle.channel-callers}, never routed by the gateway):
 * {@code 201} with the receipt, which channel-wechat passes on to the follower.
 */
@RestController
class WechatIntakeController {

	static final String PATH = "/internal/hall/wechat-messages";

	private final IntakeService intake;

	WechatIntakeController(IntakeService intake) {
		this.intake = intake;
	}

	@PostMapping(PATH)
	ResponseEntity<SubmissionReceipt> submit(@RequestBody WechatMessageRequest request) {
		return SubmissionController.answer(this.intake.submitWechat(request));
	}

}
