package cn.jianwu.hall.api.activity;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An opinion an invitee gave at an activity, entered by staff ({@code POST
 * /api/hall/staff/activities/{id}/opinions}); it becomes a {@code SUGGESTION} message of
 * the hall, linked to the activity, and is answered on the message clock.
 *
 * @param attendeeId the sign-up of who gave it, optional
 * @param subject one line
 * @param text the opinion
 */
public record OpinionRequest(java.util.UUID attendeeId,
		@NotBlank(message = "请填写意见标题") @Size(max = 100, message = "标题不能超过100个字") @SingleLine String subject,
		@NotBlank(message = "请填写意见内容") @Size(max = 5000, message = "意见内容不能超过5000个字") String text) {

}
