package cn.jianwu.channel.wechat.casequery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.channel.wechat.casequery.CaseBindings.Binding;
import cn.jianwu.events.QueryCodeLocked;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.platform.institution.InstitutionProperties;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells the WeChat user bound with a credential that its query code was locked again (or
 * until the desk re-issues it): if it was not them, someone holds their slip. Only the
 * binding made with that very credential is told, once per event, by the lock-out
 * template; without that template nothing is sent.
 */
@Component
class LockoutNotices {

	private static final Logger log = LoggerFactory.getLogger(LockoutNotices.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private final CaseBindings bindings;

	private final BindingNotices notices;

	private final CaseQueryProperties properties;

	private final WechatActivities activities;

	private final ZoneId zone;

	private final boolean configured;

	LockoutNotices(CaseBindings bindings, BindingNotices notices, CaseQueryProperties properties,
			WechatProperties account, WechatActivities activities, InstitutionProperties institution) {
		this.bindings = bindings;
		this.notices = notices;
		this.properties = properties;
		this.configured = StringUtils.hasText(properties.lockoutTemplateId()) && account.apiConfigured();
		this.activities = activities;
		this.zone = institution.zone();
	}

	void tell(String eventId, QueryCodeLocked locked) {
		if (!this.configured) {
			return;
		}
		for (Binding binding : this.bindings.ofCase(locked.caseNumber())) {
			if (!binding.credentialRef().equals(locked.credentialRef())
					|| this.bindings.notified(eventId, binding.id())) {
				continue;
			}
			try {
				this.notices.send(eventId, binding, message(binding.openId(), locked));
				log.info("Lock-out notice sent for binding {}", binding.id());
			}
			catch (WxErrorException ex) {
				RuntimeException mapped = WechatErrors.map("发送查询码锁定提醒", ex);
				if (mapped instanceof TransientChannelException) {
					throw mapped;
				}
				// the user left or blocked the account, or a wrong template: retrying
				// cannot help; the progress notices deal with bindings that are gone
				this.activities.record(WechatActivity.NOTICE_FAILED);
				log.warn("Lock-out notice for binding {} not sent: {}", binding.id(), mapped.getMessage());
			}
		}
	}

	private WxMpTemplateMessage message(String openId, QueryCodeLocked locked) {
		WxMpTemplateMessage message = WxMpTemplateMessage.builder()
			.toUser(openId)
			.templateId(this.properties.lockoutTemplateId())
			.build();
		message.addData(new WxMpTemplateData("first", "您绑定的案件查询码因多次输错已被锁定"));
		message.addData(new WxMpTemplateData("keyword1", locked.caseNumber()));
		message.addData(new WxMpTemplateData("keyword2",
				locked.untilReissue() ? "查询码已锁定，须重新办理" : "查询码第" + locked.lockCount() + "次被锁定，锁定时长加倍"));
		message.addData(new WxMpTemplateData("keyword3",
				(locked.lockedAt() != null) ? TIME.format(locked.lockedAt().atZone(this.zone)) : "—"));
		message.addData(new WxMpTemplateData("remark",
				locked.untilReissue() ? "如非本人操作，您的查询码可能已被他人掌握。请本人携带身份证件到本院案件管理部门或控告申诉检察部门窗口核实身份并重新办理查询码。"
						: "如非本人操作，您的查询码可能已被他人掌握，请妥善保管；如有疑问，请到本院案件管理部门窗口咨询。"));
		return message;
	}

}
