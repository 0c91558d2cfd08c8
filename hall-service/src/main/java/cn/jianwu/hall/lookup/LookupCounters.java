package cn.jianwu.hall.lookup;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.hall.throttle.HallRedis;
import cn.jianwu.platform.lockout.LockEscalation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * namespace. The lock-out is progressive (platform-support's {@link LockEscalation}, as
 * case-query-service's): each lock of a code lasts twice the one before, and the
 * {@code escalation.final-lock-after}-th within the window lasts
 * {@code escalation.final-lock-duration}; the history is kept in Redis for the window.
 */
@Component
public class LookupCounters {

	private static final Logger log = LoggerFactory.getLogger(LookupCounters.class);

	/**
	 * KEYS: 1 the code's failures, 2 its lock history ({@link #history}). ARGV: 1 whether
	 * the pair was right, 2 max failures, 3 the first lock's duration (also the window
	 * failures are counted in). A right pair answers 0 (accepted, counter reset) or -1
	 * (locked); a wrong one answers its failure count, more than max for a code under a
	 * final lock. The failure that locks (max) gets its escalated duration right after.
	 */
	private static final RedisScript<Long> ATTEMPT = RedisScript.of("""
			local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
			local max = tonumber(ARGV[2])
			local history = redis.call('GET', KEYS[2])
			local final = history and string.sub(history, 1, 1) == 'F'
			if ARGV[1] == '1' then
			  if final or failures >= max then return -1 end
			  if failures > 0 then redis.call('DEL', KEYS[1]) end
			  return 0
			end
			if final then return max + 1 end
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
		String hex = HexFormat.of().formatHex(codeHash);
		String key = "hall:" + namespace + ":failures:" + hex;
		String historyKey = "hall:" + namespace + ":locks:" + hex;
		int max = this.properties.maxFailures();
		long lockMillis = this.properties.lockDuration().toMillis();
		Long answer = this.redis.call((redis) -> redis.execute(ATTEMPT, List.of(key, historyKey), right ? "1" : "0",
				String.valueOf(max), String.valueOf(lockMillis)), () -> countLocally(key, right, max, lockMillis));
		if (!right && answer != null && answer == max) {
			escalate(key, historyKey);
		}
		return right && answer != null && answer == 0;
	}

	/**
	 * The failure that locked the code: the lock lasts as the escalation says, and the
	 * code's history is kept for the window (a rare second round trip, only when a code
	 * locks). Without Redis the lock is the first lock's, every time.
	 */
	private void escalate(String key, String historyKey) {
		Instant now = Instant.now();
		LockEscalation escalation = this.properties.lockEscalation();
		LookupProperties.Escalation settings = this.properties.escalation();
		this.redis.run((redis) -> {
			LockEscalation.Lock lock = escalation.next(history(redis.opsForValue().get(historyKey)), now);
			Duration lasts = lock.duration(now, settings.finalLockDuration());
			redis.expire(key, lasts);
			Duration kept = lock.untilReissue() ? settings.finalLockDuration() : settings.window();
			redis.opsForValue().set(historyKey, history(lock.history()), kept);
			if (lock.alerts()) {
				log.warn("A hall code locked for the {}. time within the escalation window{}", lock.count(),
						lock.untilReissue() ? ", for good" : "");
			}
			return null;
		});
	}

	/** A code's lock history as Redis keeps it: {@code F|L}, count, first lock (ms). */
	static String history(LockEscalation.LockHistory history) {
		return (history.untilReissue() ? "F" : "L") + "|" + history.locks() + "|"
				+ history.firstLockedAt().toEpochMilli();
	}

	static LockEscalation.LockHistory history(String stored) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split("[|]");
		return new LockEscalation.LockHistory(Integer.parseInt(parts[1]),
				Instant.ofEpochMilli(Long.parseLong(parts[2])), "F".equals(parts[0]));
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
