package cn.jianwu.channel.wechat.hall;

import cn.jianwu.channel.wechat.activity.WechatActivities;
import cn.jianwu.channel.wechat.callback.IncomingText;
import cn.jianwu.channel.wechat.callback.KeywordReplier;
import cn.jianwu.channel.wechat.hall.HallClient.Binding;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.hall.api.wechat.WechatBindRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A follower's text {@code 预约 <booking code> <ID last four>} binds a booking made on the
 * portal, at the kiosk or by phone to the follower, who is then reminded and told of
 * changes here ({@link AppointmentNoticeSender}); the passive reply shows the booking.
 * Every failure hall-service counts (a wrong code, a wrong person, a lock-out) gets the
 * same answer. The code and the ID characters go to hall-service only, never into a log.
 */
@Component
class AppointmentBindReplier implements KeywordReplier {

	private static final Logger log = LoggerFactory.getLogger(AppointmentBindReplier.class);

	private final HallClient hall;

	private final HallProperties properties;

	private final WechatActivities activities;

	AppointmentBindReplier(HallClient hall, HallProperties properties, WechatActivities activities) {
		this.hall = hall;
		this.properties = properties;
		this.activities = activities;
	}

	@Override
	public String keyword() {
		return WechatBindRequest.KEYWORD;
	}

	@Override
	public String reply(IncomingText message, String rest) {
		BindCommand command = BindCommand.parse(rest).orElse(null);
		if (command == null) {
			return AppointmentReplies.FORMAT;
		}
		if (!this.properties.appointmentNoticesConfigured()) {
			// nothing could be sent to the follower: better not promise it
			return AppointmentReplies.NOT_OFFERED;
		}
		Binding binding = this.hall.bind(message.openId(), command.bookingCode(), command.idLast4());
		log.info("WeChat booking binding: {}", binding.kind());
		if (binding.kind() == Binding.Kind.BOUND) {
			this.activities.record(WechatActivity.BOOKING_BOUND);
		}
		return switch (binding.kind()) {
			case BOUND -> AppointmentReplies.bound(binding.booking());
			case NOT_FOUND -> AppointmentReplies.NOT_FOUND;
			case THROTTLED -> AppointmentReplies.THROTTLED;
			case UNAVAILABLE -> AppointmentReplies.UNAVAILABLE;
		};
	}

}
