package cn.jianwu.hall.api.message;

import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member of the public writes ({@code POST /api/hall/messages}, no login). The
 * writer's name, phone and e-mail are kept apart from the text, encrypted, and shown only
 * to the staff who handle the message.
 *
 * @param kind what it is about
 * @param subject one line
 * @param body plain text with paragraphs; never rendered as HTML
 * @param name optional
 * @param phone optional, a mainland mobile or landline number
 * @param email optional
 * @param publicOk whether the question and its answer may be published, anonymised
 * @param channel where it was written ({@code WEB} when absent)
 * @param itemId the disclosure item an {@code ITEM_FEEDBACK} is about
 * @param callId the open call a {@code CALL_RESPONSE} answers
 */
public record MessageSubmission(@NotNull(message = "请选择留言类型") MessageKind kind,
		@NotBlank(message = "请填写标题") @Size(max = MessageSubmission.SUBJECT_MAX,
				message = "标题不能超过" + MessageSubmission.SUBJECT_MAX + "个字") @SingleLine String subject,
		@NotBlank(message = "请填写留言内容") @Size(max = MessageSubmission.BODY_MAX,
				message = "留言内容不能超过" + MessageSubmission.BODY_MAX + "个字") String body,
		@Size(max = 50, message = "姓名不能超过50个字") @SingleLine String name,
		@Pattern(regexp = MessageSubmission.PHONE_PATTERN, message = "请填写正确的电话号码（手机号或带区号的固定电话）") String phone,
		@Email(message = "请填写正确的电子邮箱") @Size(max = 254, message = "电子邮箱过长") String email, boolean publicOk,
		SubmissionChannel channel, UUID itemId, UUID callId) {

	/** Longest subject, in characters. */
	public static final int SUBJECT_MAX = 100;

	/** Longest body, in characters. */
	public static final int BODY_MAX = 5000;

	/** A mainland mobile number, or a landline with its area code. */
	public static final String PHONE_PATTERN = "1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}";

	/** The channel, {@code WEB} when the writer's client named none. */
	public SubmissionChannel channelOrWeb() {
		return (this.channel != null) ? this.channel : SubmissionChannel.WEB;
	}

}
