package cn.jianwu.hall.booking.desk;

import java.time.LocalDateTime;
import java.util.Optional;

import cn.jianwu.hall.api.booking.AppointmentState;

/**
 * When a booking may check in: it is confirmed, and it is between
 * {@code check-in-opens-minutes-before} the slot's start and the slot's end. A booking
 * already checked in answers the first check-in again (a person tapping twice, or the
 * kiosk and the desk both) rather than a refusal.
 */
final class CheckInRules {

	private final int opensMinutesBefore;

	CheckInRules(int opensMinutesBefore) {
		this.opensMinutesBefore = opensMinutesBefore;
	}

	/**
	 * Why the booking may not check in now, in the words the person reads; empty when it
	 * may (or already did).
	 * @param now local time in the institution's zone
	 */
	Optional<String> refusal(AppointmentState state, LocalDateTime slotStart, LocalDateTime slotEnd,
			LocalDateTime now) {
		return switch (state) {
			case CHECKED_IN -> Optional.empty();
			case PENDING_CONFIRMATION, WAITLISTED -> Optional.of("预约尚未确认，暂不能签到。");
			case REFUSED, CANCELLED -> Optional.of("该预约已取消或未获确认，不能签到。");
			case NO_SHOW -> Optional.of(ended());
			case CONFIRMED -> window(slotStart, slotEnd, now);
		};
	}

	private Optional<String> window(LocalDateTime slotStart, LocalDateTime slotEnd, LocalDateTime now) {
		if (now.isBefore(slotStart.minusMinutes(this.opensMinutesBefore))) {
			return Optional.of("请在预约时段前" + opensBefore() + "内签到。");
		}
		if (now.isAfter(slotEnd)) {
			return Optional.of(ended());
		}
		return Optional.empty();
	}

	private static String ended() {
		return "预约时段已结束，不能签到。";
	}

	/** “1小时”, “90分钟”: how people say the lead time. */
	private String opensBefore() {
		int minutes = this.opensMinutesBefore;
		return (minutes % 60 == 0) ? (minutes / 60) + "小时" : minutes + "分钟";
	}

}
