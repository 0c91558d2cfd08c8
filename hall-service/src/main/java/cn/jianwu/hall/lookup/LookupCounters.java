package cn.jianwu.hall.lookup;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.hall.throttle.HallRedis;

import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lock-out of a tracking code, decided atomically in Redis together with the outcome
 * of the check (as case-query-service's counters): a wrong check code increments the
 * code's failures, a right one is refused once they reached {@code max-failures} and
 * resets them otherwise. However many attempts race on one code, no more than
 * {@code max-failures} wrong ones are answered before it locks. While Redis is
 * unavailable the failures are counted in this instance's memory, so that the lock-out
 * never lapses. Booking and sign-up codes are locked out the same way, each in its own
 * namespace.
 */
@Component
public class LookupCounters {

	/**
	 * ARGV: 1 whether the pair was right, 2 max failures, 3 the lock duration (also the
	 * window failures are counted in). A right pair answers 0 (accepted, counter reset)
	 * or -1 (locked); a wrong one answers its failure count.
	 */
	private static final RedisScript<Long> ATTEMPT = RedisScript.of("""
			local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
			local max = tonumber(ARGV[2])
			if ARGV[1] == '1' then
			  if failures >= max then return -1 end
			  if failures > 0 then redis.call('DEL', KEYS[1]) end
			  return 0
			end
			failures = redis.call('INCR', KEYS[1])
			if failures == 1 or failures == max then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
			return failures
			""", Long.class);

	private final HallRedis redis;

	private final LookupProperties properties;

	private final Map<String, Local> local = new ConcurrentHashMap<>();

	LookupCounters(HallRedis redis, LookupProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * Counts an attempt on a tracking code.
	 * @param trackingHash the code's keyed hash
	 * @param right whether the check code matched
	 * @return whether the attempt is accepted (right and not locked)
	 */
	boolean accepted(byte[] trackingHash, boolean right) {
		return accepted("lookup", trackingHash, right);
	}

	/**
	 * Counts an attempt on a code of some kind.
	 * @param namespace the kind of code ({@code lookup}, {@code booking},
	 * {@code sign-up})
	 * @param codeHash the code's keyed hash
	 * @param right whether the rest of the pair matched
	 * @return whether the attempt is accepted (right and not locked)
	 */
	public boolean accepted(String namespace, byte[] codeHash, boolean right) {
		String key = "hall:" + namespace + ":failures:" + HexFormat.of().formatHex(codeHash);
		int max = this.properties.maxFailures();
		long lockMillis = this.properties.lockDuration().toMillis();
		Long answer = this.redis.call((redis) -> redis.execute(ATTEMPT, List.of(key), right ? "1" : "0",
				String.valueOf(max), String.valueOf(lockMillis)), () -> countLocally(key, right, max, lockMillis));
		return right && answer != null && answer == 0;
	}

	private long countLocally(String key, boolean right, int max, long lockMillis) {
		long now = System.currentTimeMillis();
		Local counted = this.local.compute(key, (ignored, current) -> {
			Local fresh = (current == null || current.expiresAt() < now) ? new Local(0, now + lockMillis) : current;
			if (right) {
				return (fresh.failures() >= max) ? fresh : null;
			}
			int failures = fresh.failures() + 1;
			return new Local(failures, (failures == max) ? now + lockMillis : fresh.expiresAt());
		});
		if (right) {
			return (counted != null) ? -1 : 0;
		}
		return counted.failures();
	}

	/** Forgets the locally counted codes whose window is over. */
	@Scheduled(fixedDelayString = "${jianwu.hall.lookup.clean-up-every:10m}")
	void cleanUp() {
		long now = System.currentTimeMillis();
		this.local.values().removeIf((counted) -> counted.expiresAt() < now);
	}

	private record Local(int failures, long expiresAt) {
	}

}
