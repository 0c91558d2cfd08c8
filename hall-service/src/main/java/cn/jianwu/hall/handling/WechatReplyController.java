package cn.jianwu.hall.handling;

import java.util.UUID;

import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.wechat.WechatReply;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What channel-wechat sends a follower who wrote through WeChat, once the message was
 * acknowledged or answered (it learns of them from {@code message.acknowledged} and
 * {@code message.answered}, and asks for that step's text).
 */
@RestController
class WechatReplyController {

	private final WechatReplies replies;

	WechatReplyController(WechatReplies replies) {
		this.replies = replies;
	}

	@GetMapping(HandlingAuthorization.WECHAT_REPLY)
	WechatReply reply(@PathVariable UUID id, @RequestParam(required = false) HandlingAction step) {
		return this.replies.reply(id, step);
	}

}
