package cn.jianwu.channel.wechat.callback;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Marks in Redis ({@code SET NX EX}) that tell whether something is seen for the first
 * time, by any instance. When Redis cannot answer, everything counts as new: the callback
 * keeps answering WeChat during a Redis outage.
 */
class FirstMarks {

	private static final Logger log = LoggerFactory.getLogger(FirstMarks.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final Duration ttl;

	/**
	 * @param keyPrefix the keys' prefix, e.g. {@code jianwu:wechat:callback:}
	 * @param ttl how long a mark is kept
	 */
	FirstMarks(StringRedisTemplate redis, String keyPrefix, Duration ttl) {
		this.redis = redis;
		this.prefix = keyPrefix;
		this.ttl = ttl;
	}

	/**
	 * @param key what is marked, after the prefix
	 * @param what what it is, for the log when Redis cannot answer (never personal data)
	 * @return whether no mark was there
	 */
	boolean firstTime(String key, String what) {
		try {
			return !Boolean.FALSE.equals(this.redis.opsForValue().setIfAbsent(this.prefix + key, "1", this.ttl));
		}
		catch (RuntimeException ex) {
			log.warn("Redis marks unavailable, taking {} as new: {}", what, ex.toString());
			return true;
		}
	}

}
