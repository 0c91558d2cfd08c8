package cn.jianwu.hall.throttle;

import java.time.Duration;
import java.util.List;

import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.platform.web.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Per-client fixed windows in Redis: submissions and lookups of one client (an address,
 * or a WeChat follower), counted under the client's keyed hash. Without Redis every
 * request goes through: refusing the public because a guard is down would be worse than a
 * flood the gateway's limiter still slows.
 */
@Component
public class Throttle {

	/** Problem type of a throttled client (the gateway's limiter uses the same). */
	public static final String TOO_MANY = "too-many-requests";

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> COUNT = RedisScript.of("""
			local c = redis.call('INCR', KEYS[1])
			if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			return {c, redis.call('PTTL', KEYS[1])}
			""", List.class);

	private final HallRedis redis;

	private final HallHash hash;

	private final ThrottleProperties properties;

	private final AppointmentThrottleProperties appointments;

	Throttle(HallRedis redis, HallHash hash, ThrottleProperties properties) {
		this(redis, hash, properties, AppointmentThrottleProperties.defaults());
	}

	@Autowired
	Throttle(HallRedis redis, HallHash hash, ThrottleProperties properties,
			AppointmentThrottleProperties appointments) {
		this.redis = redis;
		this.hash = hash;
		this.properties = properties;
		this.appointments = appointments;
	}

	/** Counts a submission; throws the 429 problem when the client is over its limit. */
	public void submission(String clientKey) {
		count("hall:throttle:submit:", clientKey, this.properties.submissionsPerWindow());
	}

	/** Counts a lookup; throws the 429 problem when the client is over its limit. */
	public void lookup(String clientKey) {
		count("hall:throttle:lookup:", clientKey, this.properties.lookupsPerWindow());
	}

	/** Counts a booking; throws the 429 problem when the client is over its limit. */
	public void booking(String clientKey) {
		count("hall:throttle:book:", clientKey, this.appointments.bookingsPerWindow());
	}

	/**
	 * Counts a lookup, cancellation or calendar file by booking or sign-up code; throws
	 * the 429 problem when the client is over its limit.
	 */
	public void bookingLookup(String clientKey) {
		count("hall:throttle:book-lookup:", clientKey, this.appointments.lookupsPerWindow());
	}

	/** Counts a check-in by booking code; throws the 429 problem over the limit. */
	public void checkIn(String clientKey) {
		count("hall:throttle:check-in:", clientKey, this.appointments.checkInsPerWindow());
	}

	/** Counts an activity sign-up; throws the 429 problem over the limit. */
	public void signUp(String clientKey) {
		count("hall:throttle:sign-up:", clientKey, this.appointments.signUpsPerWindow());
	}

	private void count(String prefix, String clientKey, int max) {
		String key = prefix + this.hash.client(clientKey);
		long windowMillis = this.properties.window().toMillis();
		List<?> counted = this.redis.call((redis) -> redis.execute(COUNT, List.of(key), String.valueOf(windowMillis)),
				() -> null);
		if (counted != null && ((Number) counted.get(0)).longValue() > max) {
			long ttl = ((Number) counted.get(1)).longValue();
			throw tooMany(Duration.ofMillis((ttl > 0) ? ttl : windowMillis));
		}
	}

	/** The 429 problem, with {@code Retry-After} in whole seconds. */
	public static ErrorResponseException tooMany(Duration retryAfter) {
		ErrorResponseException ex = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
				Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, "请求过于频繁", "您提交或查询得过于频繁，请稍后再试。"), null);
		ex.getHeaders().set("Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
		return ex;
	}

}
