package cn.jianwu.hall.booking.appointment;

import java.util.Locale;
import java.util.Optional;

import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.lookup.LookupCounters;
import cn.jianwu.hall.lookup.LookupProperties;

import org.springframework.stereotype.Component;

/**
 * Finds a booking by its code and the last four of the ID number, as the message lookup
 * does: the same work whatever is wrong (both hashed, one row read, one counter round
 * trip), the code locked after {@code max-failures} wrong pairs (namespace
 * {@code booking}), and every failure told apart from nothing but the time it is
 * answered, which {@link #notBefore} fixes.
 */
@Component
public class CodeAccess {

	/** Compared against when the code is unknown, so that the work is the same. */
	private static final byte[] NO_HASH = new byte[32];

	private final HallHash hash;

	private final AppointmentRepository appointments;

	private final LookupCounters counters;

	private final LookupProperties properties;

	CodeAccess(HallHash hash, AppointmentRepository appointments, LookupCounters counters,
			LookupProperties properties) {
		this.hash = hash;
		this.appointments = appointments;
		this.counters = counters;
		this.properties = properties;
	}

	/** The booking, when the pair is right and the code not locked. */
	public Optional<Appointment> find(BookingCodeRequest request) {
		String code = (request != null) ? request.bookingCode() : null;
		String idLast4 = (request != null) ? request.idLast4() : null;
		if (!BookingCodes.wellFormed(code, idLast4)) {
			return Optional.empty();
		}
		byte[] codeHash = this.hash.bookingCode(BookingCodes.KIND, code);
		byte[] pairHash = this.hash.bookingPair(BookingCodes.KIND, code, idLast4.toUpperCase(Locale.ROOT));
		Optional<Appointment> found = this.appointments.byCodeHash(codeHash);
		boolean right = HallHash.same(found.map(Appointment::pairHash).orElse(NO_HASH), pairHash) && found.isPresent();
		if (!this.counters.accepted(BookingCodes.KIND, codeHash, right)) {
			return Optional.empty();
		}
		return found;
	}

	/**
	 * {@link System#nanoTime()} before which a failure of a request started then must not
	 * go.
	 */
	public long notBefore(long started) {
		return started + this.properties.failureMinDuration().toNanos();
	}

}
