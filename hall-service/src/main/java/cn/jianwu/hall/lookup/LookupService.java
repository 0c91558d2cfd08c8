package cn.jianwu.hall.lookup;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.jianwu.hall.api.message.LookupRequest;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.throttle.Throttle;

import org.springframework.stereotype.Service;

/**
 * A writer looks a message up with the two codes of the receipt. Every failure —
 * malformed codes, an unknown tracking code, a wrong check code, a locked tracking code —
 * is one and the same answer, given no sooner than {@code failure-min-duration} after the
 * request arrived; the work done is the same whatever the cause (both codes hashed, one
 * row read, one counter round trip). A tracking code locks after {@code max-failures}
 * wrong check codes for {@code lock-duration}; a client that looks up too often is
 * throttled first. Nothing is audited or logged: the codes are secrets and a lookup
 * changes nothing.
 */
@Service
public class LookupService {

	private static final Pattern TRACKING = Pattern.compile("[0-9]{12}");

	private static final Pattern CHECK = Pattern.compile("[0-9]{6}");

	/**
	 * Compared against when the tracking code is unknown, so that the work is the same.
	 */
	private static final byte[] NO_HASH = new byte[32];

	private final HallHash hash;

	private final LookupRepository repository;

	private final LookupCounters counters;

	private final Throttle throttle;

	private final LookupProperties properties;

	LookupService(HallHash hash, LookupRepository repository, LookupCounters counters, Throttle throttle,
			LookupProperties properties) {
		this.hash = hash;
		this.repository = repository;
		this.counters = counters;
		this.throttle = throttle;
		this.properties = properties;
	}

	/**
	 * @param request the codes as sent (possibly malformed or absent)
	 * @param clientKey the client, for the throttle
	 * @return what the writer sees, or the failure with its earliest time
	 */
	public Looked lookup(LookupRequest request, String clientKey) {
		long started = System.nanoTime();
		this.throttle.lookup(clientKey);
		long notBefore = started + this.properties.failureMinDuration().toNanos();
		String trackingCode = (request != null) ? request.trackingCode() : null;
		String checkCode = (request != null) ? request.checkCode() : null;
		if (trackingCode == null || checkCode == null || !TRACKING.matcher(trackingCode).matches()
				|| !CHECK.matcher(checkCode).matches()) {
			return Looked.failed(notBefore);
		}
		byte[] trackingHash = this.hash.trackingCode(trackingCode);
		byte[] checkHash = this.hash.checkCode(trackingCode, checkCode);
		Optional<LookupRepository.StoredLookup> found = this.repository.byTrackingHash(trackingHash);
		boolean right = HallHash.same(found.map(LookupRepository.StoredLookup::checkHash).orElse(NO_HASH), checkHash)
				&& found.isPresent();
		if (!this.counters.accepted(trackingHash, right)) {
			return Looked.failed(notBefore);
		}
		LookupRepository.StoredLookup message = found.get();
		LookupRepository.StoredLookup mergedInto = (message.mergedInto() != null)
				? this.repository.byId(message.mergedInto()).orElse(null) : null;
		return new Looked(WriterView.of(message, mergedInto), 0);
	}

	/**
	 * @param view what the writer sees, or {@code null} for the failure
	 * @param notBefore {@link System#nanoTime()} before which a failure must not be
	 * answered
	 */
	public record Looked(MessageLookup view, long notBefore) {

		static Looked failed(long notBefore) {
			return new Looked(null, notBefore);
		}

	}

}
