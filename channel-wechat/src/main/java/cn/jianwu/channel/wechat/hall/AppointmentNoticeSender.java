package cn.jianwu.channel.wechat.hall;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.channel.wechat.hall.SentNotices.Outcome;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.hall.api.wechat.WechatNotice;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells a person who booked on WeChat, or bound the booking here, what hall-service
 * announced ({@code appointment.notice} of channel {@code WECHAT}: a reminder, a
 * confirmation, a refusal, a move, ...), by template message. The event carries ids only:
 * the openid and the words are fetched from hall-service. Each notice (appointment,
 * notice, the moment it was raised) is dealt with once ({@link SentNotices}); a
 * hall-service or WeChat outage fails the record, which the platform's error handler
 * retries and finally dead-letters to {@code hall.events.channel-wechat.dlt}.
 */
@Component
class AppointmentNoticeSender {

	private static final Logger log = LoggerFactory.getLogger(AppointmentNoticeSender.class);

	/**
	 * The follower left the account (43004), the openid is not one of ours (40003), or
	 * the follower blocked the account's messages (43101, 43019).
	 */
	private static final Set<Integer> RECIPIENT_UNREACHABLE = Set.of(43004, 40003, 43101, 43019);

	private final HallClient hall;

	private final SentNotices sent;

	private final WechatApiService wechat;

	private final HallProperties properties;

	private final WechatProperties account;

	private final WechatActivities activities;

	AppointmentNoticeSender(HallClient hall, SentNotices sent, WechatApiService wechat, HallProperties properties,
			WechatProperties account, WechatActivities activities) {
		this.hall = hall;
		this.sent = sent;
		this.wechat = wechat;
		this.properties = properties;
		this.account = account;
		this.activities = activities;
	}

	/**
	 * @param raisedAt the event's time, should the notice lack its own
	 */
	void onNoticeDue(HallAppointmentNoticeDue due, Instant raisedAt) {
		if (due.channel() != SubmissionChannel.WECHAT || due.appointmentId() == null || due.notice() == null) {
			return;
		}
		if (!this.account.apiConfigured() || !this.properties.appointmentNoticesConfigured()) {
			log.warn("{} of appointment {} not sent: the WeChat API or the appointment template is not configured",
					due.notice(), due.appointmentId());
			return;
		}
		Instant dueAt = (due.dueAt() != null) ? due.dueAt() : (raisedAt != null) ? raisedAt : Instant.EPOCH;
		if (this.sent.handled(due.appointmentId(), due.notice(), dueAt)) {
			return;
		}
		WechatNotice notice = this.hall.wechatNotice(due.appointmentId(), due.notice()).orElse(null);
		if (notice == null) {
			this.sent.record(due.appointmentId(), due.notice(), dueAt, Outcome.NOTHING_TO_SEND, null);
			log.info("Appointment {} has nothing to send on WeChat for {}", due.appointmentId(), due.notice());
			return;
		}
		String key = due.appointmentId() + "/" + due.notice() + "/" + dueAt;
		Sent result = send(notice, key, due);
		this.sent.record(due.appointmentId(), due.notice(), dueAt, result.outcome(), result.msgId());
		this.activities
			.record((result.outcome() == Outcome.SENT) ? WechatActivity.NOTICE_SENT : WechatActivity.NOTICE_FAILED);
		log.info("{} of appointment {} on WeChat: {}", due.notice(), due.appointmentId(), result.outcome());
	}

	private Sent send(WechatNotice notice, String key, HallAppointmentNoticeDue due) {
		WxMpTemplateMessage message = message(notice);
		// WeChat drops a second message with the same id, should our ledger row be lost
		message.setClientMsgId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
		try {
			return new Sent(Outcome.SENT, this.wechat.getTemplateMsgService().sendTemplateMsg(message));
		}
		catch (WxErrorException ex) {
			WxError error = ex.getError();
			int code = (error != null) ? error.getErrorCode() : 0;
			if (RECIPIENT_UNREACHABLE.contains(code)) {
				log.info("WeChat cannot reach the person of appointment {} (error {})", due.appointmentId(), code);
				return new Sent(Outcome.UNREACHABLE, null);
			}
			RuntimeException mapped = WechatErrors.map("发送预约通知", ex);
			if (mapped instanceof TransientChannelException) {
				throw mapped;
			}
			// e.g. a wrong template id: retrying cannot help
			log.error("{} of appointment {} not sent: {}", due.notice(), due.appointmentId(), mapped.getMessage());
			return new Sent(Outcome.FAILED, null);
		}
	}

	/**
	 * hall-service's words in the template: the first line, service, time, place, remark.
	 */
	private WxMpTemplateMessage message(WechatNotice notice) {
		WxMpTemplateMessage message = WxMpTemplateMessage.builder()
			.toUser(notice.openid())
			.templateId(this.properties.appointmentTemplateId())
			.build();
		String first = (notice.title() != null) ? notice.title() : notice.notice().label();
		message.addData(new WxMpTemplateData("first", first));
		message.addData(new WxMpTemplateData("keyword1", orDash(notice.serviceName())));
		message.addData(new WxMpTemplateData("keyword2", orDash(notice.time())));
		message.addData(new WxMpTemplateData("keyword3", orDash(notice.place())));
		message.addData(new WxMpTemplateData("remark", (notice.remark() != null) ? notice.remark() : ""));
		return message;
	}

	private static String orDash(String text) {
		return (text != null && !text.isBlank()) ? text : "—";
	}

	private record Sent(Outcome outcome, String msgId) {
	}

}
