package cn.jianwu.hall.booking.appointment;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import cn.jianwu.hall.api.booking.AppointmentRequest;

/** Booking codes: 12 random digits, shown once, stored only as keyed hashes. */
final class BookingCodes {

	/** The namespace of booking codes in the hashes and the lock-out. */
	static final String KIND = "booking";

	static final Pattern CODE = Pattern.compile("[0-9]{12}");

	static final Pattern ID_LAST4 = Pattern.compile(AppointmentRequest.ID_LAST4_PATTERN);

	private static final SecureRandom RANDOM = new SecureRandom();

	private BookingCodes() {
	}

	static String next() {
		return String.format("%012d", RANDOM.nextLong(1_000_000_000_000L));
	}

	static boolean wellFormed(String code, String idLast4) {
		return code != null && idLast4 != null && CODE.matcher(code).matches() && ID_LAST4.matcher(idLast4).matches();
	}

}
