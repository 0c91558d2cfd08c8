package cn.jianwu.channel.wechat.hall;

import java.util.Set;

import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.channel.wechat.hall.SentAnswers.Outcome;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.HallMessageAcknowledged;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Topics;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.wechat.WechatReply;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The one consumer of {@code hall.events} here (a second listener in the same consumer
 * group would take half of the partitions away from this one): appointments' notices go
 * to {@link AppointmentNoticeSender}. Sends the writer of a message written on WeChat its
 * procedural answer and its answer, as customer-service text messages, when hall-service
 * announces them ({@code message.acknowledged}, {@code message.answered} of channel
 * {@code WECHAT}). The event carries ids only: the openid and the text are fetched from
 * hall-service. Each event is dealt with once ({@link SentAnswers}); a hall-service or
 * WeChat outage fails the record, which the platform's error handler retries and finally
 * dead-letters to {@code hall.events.channel-wechat.dlt}.
 */
@Component
class AnswerSender {

	private static final Logger log = LoggerFactory.getLogger(AnswerSender.class);

	/**
	 * The follower left the account (43004), the openid is not one of ours (40003), the
	 * follower blocked the account's messages (43101, 43019), or the account may no
	 * longer write to them (45015: customer-service messages only within 48 hours of the
	 * follower's last message; 45047: too many messages without an answer from them).
	 */
	private static final Set<Integer> RECIPIENT_UNREACHABLE = Set.of(43004, 40003, 43101, 43019, 45015, 45047);

	private final HallClient hall;

	private final SentAnswers sent;

	private final WechatApiService wechat;

	private final WechatProperties account;

	private final AppointmentNoticeSender appointmentNotices;

	AnswerSender(HallClient hall, SentAnswers sent, WechatApiService wechat, WechatProperties account,
			AppointmentNoticeSender appointmentNotices) {
		this.hall = hall;
		this.sent = sent;
		this.wechat = wechat;
		this.account = account;
		this.appointmentNotices = appointmentNotices;
	}

	@KafkaListener(id = "wechat-hall-answers", idIsGroup = false, topics = Topics.HALL_EVENTS)
	void onHallEvent(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = KafkaEnvelope.fromRecord(record);
		if (event.payload() instanceof HallAppointmentNoticeDue due) {
			this.appointmentNotices.onNoticeDue(due, (event.time() != null) ? event.time().toInstant() : null);
			return;
		}
		Step step = Step.of(event.payload());
		if (step == null || step.channel() != SubmissionChannel.WECHAT) {
			return;
		}
		if (!this.account.apiConfigured()) {
			log.warn("Reply to hall message {} not sent: the WeChat API is not configured", step.messageId());
			return;
		}
		if (this.sent.handled(event.id())) {
			return;
		}
		WechatReply reply = this.hall.wechatReply(step.messageId(), step.action()).orElse(null);
		if (reply == null) {
			this.sent.record(event.id(), step.messageId(), Outcome.NOTHING_TO_SEND);
			log.info("Hall message {} has nothing to send on WeChat for {}", step.messageId(), step.action());
			return;
		}
		Outcome outcome = send(reply, step.messageId());
		this.sent.record(event.id(), step.messageId(), outcome);
		log.info("{} of hall message {} on WeChat: {}", step.action(), step.messageId(), outcome);
	}

	private Outcome send(WechatReply reply, String messageId) {
		try {
			this.wechat.getKefuService()
				.sendKefuMessage(WxMpKefuMessage.TEXT().toUser(reply.openid()).content(reply.text()).build());
			return Outcome.SENT;
		}
		catch (WxErrorException ex) {
			WxError error = ex.getError();
			int code = (error != null) ? error.getErrorCode() : 0;
			if (RECIPIENT_UNREACHABLE.contains(code)) {
				log.info("WeChat cannot reach the writer of hall message {} (error {})", messageId, code);
				return Outcome.UNREACHABLE;
			}
			RuntimeException mapped = WechatErrors.map("发送留言答复", ex);
			if (mapped instanceof TransientChannelException) {
				throw mapped;
			}
			// e.g. the account lacks the customer-service permission: retrying cannot
			// help
			log.error("Answer of hall message {} not sent: {}", messageId, mapped.getMessage());
			return Outcome.FAILED;
		}
	}

	/**
	 * A step of a message that the writer is told of.
	 *
	 * @param messageId the message
	 * @param channel where it was written
	 * @param action the procedural answer ({@code ACKNOWLEDGE}) or the answer
	 * ({@code APPROVE_ANSWER})
	 */
	private record Step(String messageId, SubmissionChannel channel, HandlingAction action) {

		static Step of(PlatformEvent event) {
			if (event instanceof HallMessageAcknowledged acknowledged) {
				return new Step(acknowledged.messageId(), acknowledged.channel(), HandlingAction.ACKNOWLEDGE);
			}
			if (event instanceof HallMessageAnswered answered) {
				return new Step(answered.messageId(), answered.channel(), HandlingAction.APPROVE_ANSWER);
			}
			return null;
		}

	}

}
