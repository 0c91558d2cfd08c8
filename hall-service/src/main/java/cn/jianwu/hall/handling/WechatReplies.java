package cn.jianwu.hall.handling;

import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.WriterDetails;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.api.wechat.WechatReply;
import cn.jianwu.hall.personal.WriterVault;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text a WeChat writer receives: the approved answer, or while it is being prepared
 * the procedural answer, each under a line naming the message's reference.
 */
@Component
class WechatReplies {

	private final MessageRepository messages;

	private final WriterVault vault;

	WechatReplies(MessageRepository messages, WriterVault vault) {
		this.messages = messages;
		this.vault = vault;
	}

	/**
	 * What to send now: the answer once approved, else the procedural answer.
	 * @param step {@code ACKNOWLEDGE} for the procedural answer only (none once the
	 * answer went out: the writer gets the answer instead), {@code APPROVE_ANSWER} for
	 * the answer only, {@code null} for whichever is the latest
	 */
	@Transactional(readOnly = true)
	WechatReply reply(UUID id, HandlingAction step) {
		HandledMessage message = this.messages.find(id)
			.filter((found) -> found.channel() == SubmissionChannel.WECHAT)
			.orElseThrow(HandlingException::noReply);
		String openid = this.vault.open(id)
			.map(WriterDetails::wechatOpenid)
			.filter((value) -> !value.isBlank())
			.orElseThrow(HandlingException::noReply);
		boolean answered = message.status() == MessageStatus.ANSWERED;
		if (answered && step != HandlingAction.ACKNOWLEDGE) {
			return new WechatReply(openid, "您的留言（编号" + message.reference() + "）已答复：\n" + message.answer());
		}
		if (!answered && step != HandlingAction.APPROVE_ANSWER && message.acknowledgement() != null
				&& (message.status() == MessageStatus.ACKNOWLEDGED
						|| message.status() == MessageStatus.PENDING_APPROVAL)) {
			return new WechatReply(openid, "您的留言（编号" + message.reference() + "）已受理：\n" + message.acknowledgement());
		}
		throw HandlingException.noReply();
	}

}
