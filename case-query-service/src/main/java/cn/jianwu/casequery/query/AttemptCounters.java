package cn.jianwu.casequery.query;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.casequery.redis.RedisGuard;
import cn.jianwu.platform.lockout.LockEscalation;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttle and the lock-out, decided in one Redis round trip per query (the client's
 * window count, the code's failure count, and the cached view).
 * <p>
 * The code's counter is decided atomically in Redis together with the outcome of the
 * check: a wrong attempt increments it, a right one is refused if it has reached
 * {@code max-failures} and resets it otherwise. However many attempts race on one code,
 * no more than {@code max-failures} wrong ones are ever answered before the code locks,
 * and a right one after them is refused. Without Redis the code's counter is kept in
 * PostgreSQL (table {@code lockout}) and the client's window in memory (per instance).
 * Every lock is also written to PostgreSQL, where the query's lookup sees it whatever
 * Redis knows (a Redis restart does not unlock a code).
 */
@Component
class AttemptCounters {

	private static final String INCR_WITH_TTL = "local c = redis.call('INCR', KEYS[1]) "
			+ "if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";

	/**
	 * ARGV: 1 whether the pair was right, 2 max failures, 3 the window failures are
	 * counted in, 4 how long the lock lasts should this failure lock the code
	 * (escalated). A right pair answers 0 (accepted, counter reset) or -1 (locked); a
	 * wrong one answers its failure count.
	 */
	private static final String ATTEMPT = """
			local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
			local max = tonumber(ARGV[2])
			if ARGV[1] == '1' then
			  if failures >= max then return -1 end
			  if failures > 0 then redis.call('DEL', KEYS[1]) end
			  return 0
			end
			failures = redis.call('INCR', KEYS[1])
			if failures == max then redis.call('PEXPIRE', KEYS[1], ARGV[4])
			elseif failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
			return failures
			""";

	private static final String COUNT_IN_POSTGRES = """
			INSERT INTO lockout AS l (code_hash, attempts, window_start) VALUES (?, 1, ?)
			ON CONFLICT (code_hash) DO UPDATE SET
			  attempts = CASE WHEN l.window_start < ? AND (l.locked_until IS NULL OR l.locked_until < ?)
			                  THEN 1 ELSE l.attempts + 1 END,
			  window_start = CASE WHEN l.window_start < ? AND (l.locked_until IS NULL OR l.locked_until < ?)
			                  THEN EXCLUDED.window_start ELSE l.window_start END
			RETURNING attempts, locked_until
			""";

	private static final String REMEMBER_LOCK = """
			INSERT INTO lock_history AS h (code_hash, locks, first_locked_at, last_locked_at, until_reissue)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (code_hash) DO UPDATE SET locks = EXCLUDED.locks, first_locked_at = EXCLUDED.first_locked_at,
			  last_locked_at = EXCLUDED.last_locked_at, until_reissue = EXCLUDED.until_reissue
			""";

	private static final String FORGET_LOCKS = """
			DELETE FROM lock_history h WHERE h.first_locked_at < ? AND (NOT h.until_reissue
			  OR NOT EXISTS (SELECT 1 FROM credential c WHERE c.code_hash = h.code_hash AND c.status = 'ACTIVE'))
			""";

	private static final String LOCK_IN_POSTGRES = """
			INSERT INTO lockout AS l (code_hash, attempts, window_start, locked_until) VALUES (?, ?, ?, ?)
			ON CONFLICT (code_hash) DO UPDATE SET locked_until = EXCLUDED.locked_until,
			  window_start = EXCLUDED.window_start, attempts = GREATEST(l.attempts, EXCLUDED.attempts)
			""";

	private final RedisGuard redis;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final QueryProperties properties;

	private final Map<String, Window> localWindows = new ConcurrentHashMap<>();

	AttemptCounters(RedisGuard redis, JdbcClient jdbc, Clock clock, QueryProperties properties) {
		this.redis = redis;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Counts a query: the client's window, the code's failures (or their reset), and
	 * reads the cached view.
	 * @param throttleKey the client's window key
	 * @param throttleMax queries allowed in the window
	 * @param codeHash the code's keyed hash
	 * @param right whether the code and the last four matched an active credential
	 * @param postgresLock whether PostgreSQL holds a lock of the code
	 * @param viewKey the cached view to read
	 * @param lockFor how long the code locks should this failure lock it
	 * @return what was decided
	 */
	Counted count(String throttleKey, int throttleMax, byte[] codeHash, boolean right, boolean postgresLock,
			String viewKey, Duration lockFor) {
		int max = this.properties.maxFailures();
		String windowMillis = String.valueOf(this.properties.throttle().window().toMillis());
		String lockMillis = String.valueOf(this.properties.lockDuration().toMillis());
		String attemptsKey = attemptsKey(codeHash);
		byte[] view = viewKey.getBytes(StandardCharsets.UTF_8);
		return this.redis.call((jedis) -> {
			try (Pipeline pipeline = jedis.pipelined()) {
				Response<Object> client = pipeline.eval(INCR_WITH_TTL, List.of(throttleKey), List.of(windowMillis));
				Response<Object> attempt = pipeline.eval(ATTEMPT, List.of(attemptsKey), List.of(right ? "1" : "0",
						String.valueOf(max), lockMillis, String.valueOf(lockFor.toMillis())));
				Response<byte[]> cached = pipeline.get(view);
				pipeline.sync();
				long failures = (Long) attempt.get();
				boolean locked = postgresLock || (right ? failures < 0 : failures > max);
				boolean locksNow = !right && !postgresLock && failures == max;
				return new Counted(((Long) client.get()) > throttleMax, locked, locksNow, failures,
						right ? cached.get() : null, true);
			}
		}, () -> countWithoutRedis(throttleKey, throttleMax, codeHash, right, postgresLock));
	}

	/** Takes back the failure of a query that was throttled before it was answered. */
	void undo(byte[] codeHash, boolean right, Counted counted) {
		if (counted.viaRedis() && !right) {
			this.redis.run((jedis) -> jedis.decr(attemptsKey(codeHash)));
		}
	}

	/** A success: the code's failures counted in PostgreSQL (if any) are forgotten. */
	void forgetInPostgres(byte[] codeHash) {
		this.jdbc.sql("DELETE FROM lockout WHERE code_hash = ? AND (locked_until IS NULL OR locked_until < ?)")
			.params(codeHash, Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * The failure that locks the code: the lock is kept in PostgreSQL too, with the
	 * code's history for the next lock's escalation (a final lock's row is what keeps it
	 * locked).
	 * @param codeHash the code's keyed hash
	 * @param counted the failure
	 * @param lock the lock as escalated
	 * @param now when
	 */
	void lock(byte[] codeHash, Counted counted, LockEscalation.Lock lock, Instant now) {
		Duration lasts = lock.duration(now, this.properties.escalation().window());
		this.jdbc.sql(LOCK_IN_POSTGRES)
			.params(codeHash, counted.failures(), Timestamp.from(now), Timestamp.from(now.plus(lasts)))
			.update();
		this.jdbc.sql(REMEMBER_LOCK)
			.params(codeHash, lock.count(), Timestamp.from(lock.firstLockedAt()), Timestamp.from(now),
					lock.untilReissue())
			.update();
	}

	/** Forgets counter rows whose window is over and which hold no lock. */
	@Scheduled(fixedDelayString = "${jianwu.case-query.query.clean-up-every:10m}")
	void cleanUp() {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM lockout WHERE window_start < ? AND (locked_until IS NULL OR locked_until < ?)")
			.params(Timestamp.from(now.minus(this.properties.lockDuration())), Timestamp.from(now))
			.update();
		// a final lock is kept while its credential is active: only re-issuing ends it
		this.jdbc.sql(FORGET_LOCKS).param(Timestamp.from(now.minus(this.properties.escalation().window()))).update();
		long windowStart = System.nanoTime() - this.properties.throttle().window().toNanos();
		this.localWindows.values().removeIf((window) -> window.start - windowStart < 0);
	}

	static String attemptsKey(byte[] codeHash) {
		return "cq:attempts:" + HexFormat.of().formatHex(codeHash);
	}

	private Counted countWithoutRedis(String throttleKey, int throttleMax, byte[] codeHash, boolean right,
			boolean postgresLock) {
		long now = System.nanoTime();
		long windowNanos = this.properties.throttle().window().toNanos();
		Window window = this.localWindows.compute(throttleKey,
				(key, current) -> (current == null || now - current.start >= windowNanos) ? new Window(now, 1)
						: new Window(current.start, current.count + 1));
		if (window.count > throttleMax) {
			return new Counted(true, false, false, 0, null, false);
		}
		if (right) {
			// A lock (and only a lock) refuses a right pair; the lookup read it.
			return new Counted(false, postgresLock, false, 0, null, false);
		}
		Instant at = this.clock.instant();
		Timestamp windowOver = Timestamp.from(at.minus(this.properties.lockDuration()));
		Timestamp nowStamp = Timestamp.from(at);
		int max = this.properties.maxFailures();
		return this.jdbc.sql(COUNT_IN_POSTGRES)
			.params(codeHash, nowStamp, windowOver, nowStamp, windowOver, nowStamp)
			.query((rs, row) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				int failures = rs.getInt("attempts");
				boolean locked = postgresLock || failures > max
						|| (lockedUntil != null && lockedUntil.toInstant().isAfter(at));
				return new Counted(false, locked, !locked && failures == max, failures, null, false);
			})
			.single();
	}

	/**
	 * @param throttled the client exceeded its window (nothing else was decided)
	 * @param locked the code is locked: the query is refused
	 * @param locksNow this failure locks the code
	 * @param failures the code's failures in its window (wrong attempts)
	 * @param cachedView the cached view (right attempts), or {@code null}
	 * @param viaRedis whether Redis counted
	 */
	record Counted(boolean throttled, boolean locked, boolean locksNow, long failures, byte[] cachedView,
			boolean viaRedis) {
	}

	private record Window(long start, int count) {
	}

}
