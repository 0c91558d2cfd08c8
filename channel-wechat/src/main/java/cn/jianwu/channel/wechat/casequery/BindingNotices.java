package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.casequery.CaseBindings.Binding;
import cn.jianwu.events.WechatActivity;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;

import org.springframework.stereotype.Component;

/**
 * Sends a template message to the user of a binding, once per event and binding: WeChat's
 * {@code client_msg_id} is derived from both (a redelivered event is not sent twice even
 * if recording it failed), and the notice is recorded and counted.
 */
@Component
class BindingNotices {

	private final CaseBindings bindings;

	private final WechatApiService wechat;

	private final WechatActivities activities;

	BindingNotices(CaseBindings bindings, WechatApiService wechat, WechatActivities activities) {
		this.bindings = bindings;
		this.wechat = wechat;
		this.activities = activities;
	}

	void send(String eventId, Binding binding, WxMpTemplateMessage message) throws WxErrorException {
		message.setClientMsgId(
				UUID.nameUUIDFromBytes((eventId + "/" + binding.id()).getBytes(StandardCharsets.UTF_8)).toString());
		String msgId = this.wechat.getTemplateMsgService().sendTemplateMsg(message);
		this.bindings.recordNotice(eventId, binding.id(), msgId);
		this.activities.record(WechatActivity.NOTICE_SENT);
	}

}
