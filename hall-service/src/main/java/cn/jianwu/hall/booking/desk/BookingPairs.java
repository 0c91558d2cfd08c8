package cn.jianwu.hall.booking.desk;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.lookup.LookupCounters;
import cn.jianwu.hall.lookup.LookupProperties;
import cn.jianwu.hall.throttle.Throttle;

import org.springframework.stereotype.Component;

/**
 * Checks a booking code with the last four of the ID number, as the booking's lookup
 * does: the client is throttled, the pair is hashed exactly as it was stored, and the
 * code locks after too many wrong attempts ({@link LookupCounters}, namespace
 * {@code booking}). Every failure is one answer, given no sooner than
 * {@code failure-min-duration} after the request arrived; the work is the same whatever
 * the cause (hashes computed, one row read, one counter round trip).
 */
@Component
class BookingPairs {

	static final String NAMESPACE = "booking";

	private static final Pattern CODE = Pattern.compile("[0-9]{12}");

	private static final Pattern ID_LAST4 = Pattern.compile(AppointmentRequest.ID_LAST4_PATTERN);

	/** Compared against when the code is unknown, so that the work is the same. */
	private static final byte[] NO_HASH = new byte[32];

	private final HallHash hash;

	private final DeskRepository bookings;

	private final LookupCounters counters;

	private final Throttle throttle;

	private final LookupProperties lookup;

	BookingPairs(HallHash hash, DeskRepository bookings, LookupCounters counters, Throttle throttle,
			LookupProperties lookup) {
		this.hash = hash;
		this.bookings = bookings;
		this.counters = counters;
		this.throttle = throttle;
		this.lookup = lookup;
	}

	/**
	 * @param code the booking code as sent (possibly malformed or absent)
	 * @param idLast4 the ID digits as sent
	 * @param clientKey the client, for the throttle
	 * @return the booking, or the failure with its earliest time
	 */
	Checked check(String code, String idLast4, String clientKey) {
		long notBefore = System.nanoTime() + this.lookup.failureMinDuration().toNanos();
		this.throttle.checkIn(clientKey);
		if (code == null || idLast4 == null || !CODE.matcher(code).matches() || !ID_LAST4.matcher(idLast4).matches()) {
			return new Checked(Optional.empty(), notBefore);
		}
		byte[] codeHash = this.hash.bookingCode(NAMESPACE, code);
		byte[] pairHash = this.hash.bookingPair(NAMESPACE, code, idLast4);
		Optional<DeskBooking> found = this.bookings.byCodeHash(codeHash);
		boolean right = HallHash.same(found.map(DeskBooking::pairHash).orElse(NO_HASH), pairHash) && found.isPresent();
		if (!this.counters.accepted(NAMESPACE, codeHash, right)) {
			return new Checked(Optional.empty(), notBefore);
		}
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
