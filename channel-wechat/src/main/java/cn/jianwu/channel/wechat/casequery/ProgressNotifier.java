package cn.jianwu.channel.wechat.casequery;

import java.time.LocalDate;
import java.util.Set;

import cn.jianwu.casequery.api.query.CredentialStatus;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.channel.wechat.casequery.CaseBindings.Binding;
import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.QueryCodeLocked;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import cn.jianwu.events.WechatActivity;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells the WeChat users bound to a case that it reached a new procedural stage, by
 * template message. Before each notice the credential is checked with case-query-service:
 * a revoked credential (the person is no longer authorised) or a user who left the
 * account ends the binding instead. A notice is sent once per event and binding, only for
 * progress after the binding was made; a WeChat or case-query-service outage fails the
 * record, which the platform's error handler retries and finally dead-letters to
 * {@code case.progress.channel-wechat.dlt}. The topic's lock-out events go to
 * {@link LockoutNotices}.
 */
@Component
class ProgressNotifier {

	private static final Logger log = LoggerFactory.getLogger(ProgressNotifier.class);

	/**
	 * The user no longer follows the account (43004), the openid is not one of ours
	 * (40003), or the user blocked the account's messages (43101, 43019): the binding
	 * cannot be served any more.
	 */
	private static final Set<Integer> RECIPIENT_GONE = Set.of(43004, 40003, 43101, 43019);

	private final CaseBindings bindings;

	private final CaseQueryClient caseQuery;

	private final BindingNotices notices;

	private final CaseQueryProperties properties;

	private final WechatProperties account;

	private final WechatActivities activities;

	private final LockoutNotices lockouts;

	ProgressNotifier(CaseBindings bindings, CaseQueryClient caseQuery, CaseQueryProperties properties,
			WechatProperties account, WechatActivities activities, BindingNotices notices, LockoutNotices lockouts) {
		this.bindings = bindings;
		this.caseQuery = caseQuery;
		this.notices = notices;
		this.properties = properties;
		this.account = account;
		this.activities = activities;
		this.lockouts = lockouts;
	}

	@KafkaListener(id = "wechat-progress", idIsGroup = false, topics = Topics.CASE_PROGRESS)
	void onCaseProgress(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = KafkaEnvelope.fromRecord(record);
		if (event.payload() instanceof QueryCodeLocked locked) {
			this.lockouts.tell(event.id(), locked);
			return;
		}
		if (!(event.payload() instanceof CaseProgressed progressed)) {
			return;
		}
		if (!this.properties.notificationsConfigured() || !this.account.apiConfigured()) {
			// nobody can have bound then (binding is refused); nothing to send
			return;
		}
		int sent = 0;
		for (Binding binding : this.bindings.ofCase(progressed.caseNumber())) {
			if (event.time() != null && binding.boundAt().isAfter(event.time())) {
				continue;
			}
			if (this.bindings.notified(event.id(), binding.id())) {
				continue;
			}
			CredentialStatus status = this.caseQuery.status(binding.credentialRef()).orElse(null);
			if (status == null || !status.active() || !progressed.caseNumber().equals(status.caseNumber())) {
				this.bindings.unbind(binding.id());
				log.info("Binding {} ended: its credential is no longer valid", binding.id());
				continue;
			}
			if (send(event.id(), binding, progressed)) {
				sent++;
			}
		}
		if (sent > 0) {
			log.info("Progress of a case sent to {} WeChat user(s)", sent);
		}
	}

	private boolean send(String eventId, Binding binding, CaseProgressed progressed) {
		WxMpTemplateMessage message = message(binding.openId(), progressed);
		try {
			this.notices.send(eventId, binding, message);
			return true;
		}
		catch (WxErrorException ex) {
			WxError error = ex.getError();
			int code = (error != null) ? error.getErrorCode() : 0;
			if (RECIPIENT_GONE.contains(code)) {
				this.activities.record(WechatActivity.NOTICE_FAILED);
				this.bindings.unbind(binding.id());
				log.info("Binding {} ended: WeChat cannot reach its user (error {})", binding.id(), code);
				return false;
			}
			RuntimeException mapped = WechatErrors.map("发送案件进展通知", ex);
			if (mapped instanceof TransientChannelException) {
				// retried: counted when it is sent, or finally refused
				throw mapped;
			}
			// e.g. a wrong template id: retrying cannot help, and the next event may
			// find the account fixed
			this.activities.record(WechatActivity.NOTICE_FAILED);
			log.error("Progress notice for binding {} not sent: {}", binding.id(), mapped.getMessage());
			return false;
		}
	}

	private WxMpTemplateMessage message(String openId, CaseProgressed progressed) {
		WxMpTemplateMessage message = WxMpTemplateMessage.builder()
			.toUser(openId)
			.templateId(this.properties.progressTemplateId())
			.url(this.account.caseQueryUrl())
			.build();
		message.addData(new WxMpTemplateData("first", "您关注的案件有新的程序性信息"));
		message.addData(new WxMpTemplateData("keyword1", progressed.caseNumber()));
		message.addData(new WxMpTemplateData("keyword2", progressed.stage()));
		message.addData(new WxMpTemplateData("keyword3", date(progressed.date())));
		message.addData(new WxMpTemplateData("remark", "详情请发送“查询 查询码 身份证号码后四位”，或点击进入网上查询。"));
		return message;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : "—";
	}

}
