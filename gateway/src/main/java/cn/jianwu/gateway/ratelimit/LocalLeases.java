package cn.jianwu.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one gateway replica knows locally about each client's shared bucket: tokens it has
 * taken from Redis and not handed out yet (a lease), and, after Redis refused, until when
 * the shared bucket cannot hold a token again. Both only ever make the replica stricter
 * than the shared bucket: leased tokens were already taken from it, and no replica can
 * refill a bucket faster than its rate. Losing an entry (expiry, the size cap) costs one
 * more Redis round trip, never an allowance.
 */
final class LocalLeases {

	/** What to do with a request. */
	enum Verdict {

		/** A leased token was handed out; no Redis round trip. */
		ALLOWED,
		/**
		 * The shared bucket was empty and cannot have refilled yet; no Redis round trip.
		 */
		REFUSED,
		/** Ask the shared bucket. */
		ASK

	}

	/**
	 * The verdict and, when allowed, an estimate of the tokens left (for the
	 * {@code X-RateLimit-Remaining} header).
	 */
	record Decision(Verdict verdict, long remaining) {

		static final Decision ASK = new Decision(Verdict.ASK, -1);

		static final Decision REFUSED = new Decision(Verdict.REFUSED, 0);

	}

	private final Map<String, Slot> slots = new ConcurrentHashMap<>();

	private final long leaseNanos;

	private final int maxClients;

	/**
	 * @param leaseNanos how long leased tokens may be handed out before they are dropped
	 * (so that tokens taken by one replica do not sit there while the client's requests
	 * reach another)
	 * @param maxClients how many clients are remembered at most; beyond that everything
	 * is forgotten at once (bounded memory whatever the number of client addresses)
	 */
	LocalLeases(long leaseNanos, int maxClients) {
		this.leaseNanos = leaseNanos;
		this.maxClients = maxClients;
	}

	Decision take(String key, int requested, long now) {
		Slot slot = this.slots.get(key);
		if (slot == null) {
			return Decision.ASK;
		}
		synchronized (slot) {
			if (now - slot.refusedUntil < 0) {
				return Decision.REFUSED;
			}
			if (now - slot.expires < 0 && slot.tokens >= requested) {
				slot.tokens -= requested;
				return new Decision(Verdict.ALLOWED, slot.tokens + slot.sharedLeft);
			}
		}
		this.slots.remove(key, slot);
		return Decision.ASK;
	}

	/**
	 * Remembers tokens Redis granted beyond the ones the current request used.
	 * @param key the client's bucket
	 * @param tokens the tokens to hand out locally
	 * @param sharedLeft what the shared bucket still held after the grant
	 * @param now {@link System#nanoTime()}
	 */
	void lease(String key, long tokens, long sharedLeft, long now) {
		if (tokens <= 0) {
			return;
		}
		Slot slot = slot(key, now);
		synchronized (slot) {
			slot.tokens = (now - slot.expires < 0) ? slot.tokens + tokens : tokens;
			slot.sharedLeft = sharedLeft;
			slot.expires = now + this.leaseNanos;
		}
	}

	/**
	 * Remembers that the shared bucket refused and when it can next hold the requested
	 * tokens.
	 * @param key the client's bucket
	 * @param until {@link System#nanoTime()} from when Redis is asked again
	 * @param now {@link System#nanoTime()}
	 */
	void refuseUntil(String key, long until, long now) {
		Slot slot = slot(key, now);
		synchronized (slot) {
			slot.tokens = 0;
			slot.refusedUntil = until;
		}
	}

	int size() {
		return this.slots.size();
	}

	private Slot slot(String key, long now) {
		if (this.slots.size() >= this.maxClients && !this.slots.containsKey(key)) {
			this.slots.clear();
		}
		return this.slots.computeIfAbsent(key, (k) -> new Slot(now));
	}

	private static final class Slot {

		private long tokens;

		private long sharedLeft;

		private long expires;

		private long refusedUntil;

		Slot(long now) {
			this.expires = now;
			this.refusedUntil = now;
		}

	}

}
