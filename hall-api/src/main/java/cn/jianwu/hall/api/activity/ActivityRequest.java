package cn.jianwu.hall.api.activity;

import java.time.LocalDateTime;
import java.util.List;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff schedule an activity ({@code POST /api/hall/staff/activities}); its announcement
 * becomes a disclosure item that goes through the approval chain, and sign-up opens once
 * it is published. Times are local (Asia/Shanghai).
 *
 * @param title one line
 * @param kind what it is
 * @param description what happens, plain text; the announcement's body
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param place where
 * @param capacity places; more sign-ups go to the waitlist
 * @param signUpOpensAt when sign-up opens
 * @param signUpClosesAt when it closes
 * @param audience who may sign up
 * @param invitees for {@code INVITED}: who may
 */
public record ActivityRequest(
		@NotBlank(message = "请填写活动名称") @Size(max = 100, message = "活动名称不能超过100个字") @SingleLine String title,
		@NotNull(message = "请选择活动类型") ActivityKind kind,
		@NotBlank(message = "请填写活动介绍") @Size(max = 5000, message = "活动介绍不能超过5000个字") String description,
		@NotNull(message = "请填写开始时间") LocalDateTime startsAt, @NotNull(message = "请填写结束时间") LocalDateTime endsAt,
		@NotBlank(message = "请填写活动地点") @Size(max = 100, message = "活动地点不能超过100个字") @SingleLine String place,
		@Min(value = 1, message = "名额至少为1") @Max(value = 2000, message = "名额最多为2000") int capacity,
		@NotNull(message = "请填写报名开始时间") LocalDateTime signUpOpensAt,
		@NotNull(message = "请填写报名截止时间") LocalDateTime signUpClosesAt, @NotNull(message = "请选择报名范围") Audience audience,
		@Size(max = 500, message = "特邀人员不能超过500人") List<@Valid @NotNull Invitee> invitees) {

	public ActivityRequest {
		invitees = (invitees != null) ? List.copyOf(invitees) : List.of();
	}

}
