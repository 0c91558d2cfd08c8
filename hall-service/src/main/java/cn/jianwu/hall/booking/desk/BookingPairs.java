package cn.jianwu.hall.booking.desk;

import java.util.Optional;

import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.booking.appointment.CodeAccess;
import cn.jianwu.hall.throttle.Throttle;

import org.springframework.stereotype.Component;

/**
 * Checks a booking code with the last four of the ID number for the kiosk and the WeChat
 * binding: the client is throttled as a check-in, then the booking's own
 * {@link CodeAccess} checks the pair and counts the lock-out. Every failure is one
 * answer, given no sooner than {@code failure-min-duration} after the request arrived.
 */
@Component
class BookingPairs {

	private final CodeAccess codes;

	private final DeskRepository bookings;

	private final Throttle throttle;

	BookingPairs(CodeAccess codes, DeskRepository bookings, Throttle throttle) {
		this.codes = codes;
		this.bookings = bookings;
		this.throttle = throttle;
	}

	/**
	 * @param code the booking code as sent (possibly malformed or absent)
	 * @param idLast4 the ID digits as sent
	 * @param clientKey the client, for the throttle
	 * @return the booking, or the failure with its earliest time
	 */
	Checked check(String code, String idLast4, String clientKey) {
		long notBefore = this.codes.notBefore(System.nanoTime());
		this.throttle.checkIn(clientKey);
		Optional<DeskBooking> found = this.codes.find(new BookingCodeRequest(code, idLast4))
			.flatMap((appointment) -> this.bookings.byId(appointment.id()));
		return new Checked(found, notBefore);
	}

	/**
	 * @param booking the booking, empty for the failure
	 * @param notBefore {@link System#nanoTime()} before which a failure must not be
	 * answered
	 */
	record Checked(Optional<DeskBooking> booking, long notBefore) {
	}

}
