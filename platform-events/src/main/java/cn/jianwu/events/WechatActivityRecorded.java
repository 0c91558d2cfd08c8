package cn.jianwu.events;

import java.time.Instant;

/**
 * channel-wechat counted a binding or a notice. Never the follower, the case or the
 * booking.
 *
 * @param activityId a fresh id (the record key)
 * @param activity what happened
 * @param at when
 */
public record WechatActivityRecorded(String activityId, WechatActivity activity, Instant at) implements PlatformEvent {

	@Override
	public String key() {
		return this.activityId;
	}

}
