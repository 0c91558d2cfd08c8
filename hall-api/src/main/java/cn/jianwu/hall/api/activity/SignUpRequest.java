package cn.jianwu.hall.api.activity;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.text.SingleLine;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.message.MessageSubmission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public or an invitee signs up ({@code POST /api/hall/activities/{id}/sign-ups}, no
 * login). One phone signs up once per activity; for an activity of invitees only, the
 * name and phone must be on its list.
 *
 * @param name the person
 * @param phone a mainland mobile or a landline with its area code
 * @param idLast4 the last four characters of the ID number
 * @param organisation optional: work unit or constituency
 * @param channel where ({@code WEB} when absent)
 */
public record SignUpRequest(
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") @SingleLine String name,
		@NotBlank(message = "请填写联系电话") @Pattern(regexp = SignUpRequest.PHONE_PATTERN,
				message = "请填写正确的电话号码（手机号或带区号的固定电话）") String phone,
		@NotBlank(message = "请填写身份证号码后四位") @Pattern(regexp = AppointmentRequest.ID_LAST4_PATTERN,
				message = "身份证号码后四位应为四位数字（最后一位可为X）") String idLast4,
		@Size(max = 100, message = "工作单位不能超过100个字") @SingleLine String organisation, SubmissionChannel channel) {

	/** A mainland mobile number, or a landline with its area code. */
	public static final String PHONE_PATTERN = MessageSubmission.PHONE_PATTERN;

	/** The channel, {@code WEB} when the client named none. */
	public SubmissionChannel channelOrWeb() {
		return (this.channel != null) ? this.channel : SubmissionChannel.WEB;
	}

}
