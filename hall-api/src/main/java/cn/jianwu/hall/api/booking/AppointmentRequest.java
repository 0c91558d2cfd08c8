package cn.jianwu.hall.api.booking;

import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.text.SingleLine;
import cn.jianwu.hall.api.message.MessageSubmission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public books a slot ({@code POST /api/hall/appointments}, no login). One person
 * (phone and the last four of the ID number) holds at most one booking of a service a
 * day. A lawyer's booking ({@link ServiceKind#forLawyers()}) also names the licence
 * number, the law firm and the case.
 *
 * @param serviceId the service
 * @param slotStart the slot's start, local time
 * @param name the person's name
 * @param phone a mainland mobile or a landline with its area code
 * @param idLast4 the last four characters of the ID number ({@code X} allowed last)
 * @param purpose what it is about, one or two sentences
 * @param licenceNumber a lawyer's 17-digit practising licence number (律师执业证号)
 * @param lawFirm a lawyer's firm
 * @param caseNumber the case the lawyer acts in
 * @param joinWaitlist when the slot is full: join its waitlist instead of being refused
 * @param channel where it was booked ({@code WEB} when absent)
 */
public record AppointmentRequest(@NotNull(message = "请选择预约服务") UUID serviceId,
		@NotNull(message = "请选择预约时段") LocalDateTime slotStart,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") @SingleLine String name,
		@NotBlank(message = "请填写联系电话") @Pattern(regexp = AppointmentRequest.PHONE_PATTERN,
				message = "请填写正确的电话号码（手机号或带区号的固定电话）") String phone,
		@NotBlank(message = "请填写身份证号码后四位") @Pattern(regexp = AppointmentRequest.ID_LAST4_PATTERN,
				message = "身份证号码后四位应为四位数字（最后一位可为X）") String idLast4,
		@NotBlank(message = "请填写预约事由") @Size(max = 500, message = "预约事由不能超过500个字") String purpose,
		@Pattern(regexp = AppointmentRequest.LICENCE_PATTERN, message = "律师执业证号应为17位数字") String licenceNumber,
		@Size(max = 100, message = "律师事务所名称不能超过100个字") @SingleLine String lawFirm,
		@Size(max = 60, message = "案号不能超过60个字") @SingleLine String caseNumber, boolean joinWaitlist,
		SubmissionChannel channel) {

	/**
	 * A mainland mobile number, or a landline with its area code (as a message's
	 * writer's).
	 */
	public static final String PHONE_PATTERN = MessageSubmission.PHONE_PATTERN;

	/** The last four characters of a resident ID number. */
	public static final String ID_LAST4_PATTERN = "[0-9]{3}[0-9Xx]";

	/** A lawyer's practising licence number: 17 digits. */
	public static final String LICENCE_PATTERN = "[0-9]{17}";

	/** The channel, {@code WEB} when the client named none. */
	public SubmissionChannel channelOrWeb() {
		return (this.channel != null) ? this.channel : SubmissionChannel.WEB;
	}

}
