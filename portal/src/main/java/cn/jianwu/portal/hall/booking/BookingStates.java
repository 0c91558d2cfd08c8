package cn.jianwu.portal.hall.booking;

import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * What a booking's state means for the person who holds it, in a sentence under the
 * state's name (the name itself is the contract's {@link AppointmentState#label()}).
 */
public final class BookingStates {

	/** The one instance the templates call. */
	public static final BookingStates INSTANCE = new BookingStates();

	private BookingStates() {
	}

	/**
	 * @param state where the booking stands
	 * @param waitlistPosition its place in the waitlist, when waitlisted
	 * @return the explanation, or "" when the name says enough
	 */
	public String explain(AppointmentState state, int waitlistPosition) {
		if (state == null) {
			return "";
		}
		return switch (state) {
			case CONFIRMED -> "预约已确认，请按时到场，并携带本人身份证件。";
			case PENDING_CONFIRMATION -> "本院需核实您与所填案件的代理关系，已为您保留该时段的名额。案件管理部门确认后即为预约成功；" + "未获确认的，名额将释放。请凭预约码查询确认结果。";
			case WAITLISTED ->
				"该时段已约满，您在候补名单中排第" + waitlistPosition + "位。有人取消时，候补将依次递补为已确认；" + "请凭预约码查询是否递补成功，未递补成功请勿前来。";
			case REFUSED -> "本院未能确认您与所填案件的代理关系，该预约未获确认。";
			case CANCELLED -> "该预约已取消。";
			case CHECKED_IN -> "您已签到，请到接待地点等候。";
			case NO_SHOW -> "预约时段已过，未签到。";
		};
	}

}
