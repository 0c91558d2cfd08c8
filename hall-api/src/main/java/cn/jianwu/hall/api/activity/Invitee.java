package cn.jianwu.hall.api.activity;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One person invited to an activity open to invitees only; they sign up with this name
 * and phone. Staff only.
 *
 * @param name the invitee
 * @param phone the invitee's phone
 * @param role who they are
 */
public record Invitee(@NotBlank(message = "请填写特邀人员姓名") @Size(max = 50, message = "姓名不能超过50个字") @SingleLine String name,
		@NotBlank(message = "请填写特邀人员电话") @Pattern(regexp = SignUpRequest.PHONE_PATTERN,
				message = "请填写正确的电话号码（手机号或带区号的固定电话）") String phone,
		@NotNull(message = "请选择特邀人员身份") InviteeRole role) {

}
