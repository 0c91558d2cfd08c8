package cn.jianwu.hall.booking.desk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.wechat.WechatNotice;

import static cn.jianwu.hall.api.booking.AppointmentState.CANCELLED;
import static cn.jianwu.hall.api.booking.AppointmentState.CHECKED_IN;
import static cn.jianwu.hall.api.booking.AppointmentState.CONFIRMED;
import static cn.jianwu.hall.api.booking.AppointmentState.PENDING_CONFIRMATION;
import static cn.jianwu.hall.api.booking.AppointmentState.REFUSED;
import static cn.jianwu.hall.api.booking.AppointmentState.WAITLISTED;

/**
 * The words of each notice a person gets on WeChat, composed from the booking as it is
 * when channel-wechat asks: a notice that no longer fits the booking (a reminder or a
 * confirmation of a booking cancelled since, a reminder of a slot that has begun) is not
 * sent at all. The reason staff gave is the last line of a refusal, move or cancellation;
 * what to bring is the last line of the others.
 */
final class WechatNoticeWords {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Set<AppointmentState> HOLDING = EnumSet.of(CONFIRMED, PENDING_CONFIRMATION);

	private WechatNoticeWords() {
	}

	/**
	 * @param openid the follower to tell
	 * @param notice what to tell
	 * @param booking the booking as it is now
	 * @param now local time in the institution's zone
	 * @return the notice, or empty when it no longer applies
	 */
	static Optional<WechatNotice> of(String openid, AppointmentNotice notice, DeskBooking booking, LocalDateTime now) {
		AppointmentState state = booking.state();
		String service = booking.serviceName();
		String title = switch (notice) {
			case REMINDER ->
				(HOLDING.contains(state) && now.isBefore(booking.slotStart())) ? "您预约的" + service + "明天办理" : null;
			case CONFIRMED -> (state == CONFIRMED || state == CHECKED_IN) ? "您预约的" + service + "已确认" : null;
			case PROMOTED -> (HOLDING.contains(state) || state == CHECKED_IN)
					? "您候补的" + service + "已转为正式预约" + ((state == PENDING_CONFIRMATION) ? "，待工作人员确认" : "") : null;
			case REFUSED -> (state == REFUSED) ? "您预约的" + service + "未获确认" : null;
			case MOVED -> (HOLDING.contains(state) || state == WAITLISTED) ? "您预约的" + service + "时间已变更" : null;
			// the person's own cancellation leaves no staff note, and is not theirs to be
			// told of
			case CANCELLED_BY_STAFF ->
				(state == CANCELLED && booking.staffNote() != null) ? "您预约的" + service + "已被工作人员取消" : null;
		};
		if (title == null) {
			return Optional.empty();
		}
		String remark = switch (notice) {
			case REFUSED, MOVED, CANCELLED_BY_STAFF -> booking.staffNote();
			case REMINDER, CONFIRMED, PROMOTED -> booking.notes();
		};
		return Optional.of(new WechatNotice(openid, notice, title, service, time(booking), booking.place(),
				(remark != null) ? remark : ""));
	}

	/** “2026年12月8日 09:30-10:00”. */
	static String time(DeskBooking booking) {
		return DAY_TIME.format(booking.slotStart()) + "-" + TIME.format(booking.slotEnd());
	}

}
