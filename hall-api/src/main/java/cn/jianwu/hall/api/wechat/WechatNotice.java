package cn.jianwu.hall.api.wechat;

import cn.jianwu.events.AppointmentNotice;

/**
 * What channel-wechat sends, as a template message, to a person who booked on WeChat or
 * bound the booking to their openid ({@code GET
 * /internal/hall/appointments/{id}/wechat-notice?notice=}; 404 when there is nobody to
 * tell). The words are hall-service's; channel-wechat only fills the template.
 *
 * @param openid the follower
 * @param notice what is told
 * @param title the first line (“您预约的律师阅卷明天办理”)
 * @param serviceName the service
 * @param time when, as the person reads it (“2026年12月8日 09:30-10:00”)
 * @param place where
 * @param remark the last line: the reason of a refusal, move or cancellation, or what to
 * bring
 */
public record WechatNotice(String openid, AppointmentNotice notice, String title, String serviceName, String time,
		String place, String remark) {

}
