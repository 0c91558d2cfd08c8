package cn.jianwu.channel.wechat.callback;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The {@code timestamp}+{@code nonce} of every push accepted within the window, in Redis
 * ({@code SET NX EX}, twice the window), so that the same push is refused the second time
 * whichever instance it reaches. A repeated push is refused even when WeChat itself sends
 * it again: the first delivery was already taken.
 */
class UsedNonces {

	private static final Logger log = LoggerFactory.getLogger(UsedNonces.class);

	/** WeChat's nonces are short numbers; anything longer is not worth a Redis key. */
	private static final int MAX_NONCE_LENGTH = 64;

	private final StringRedisTemplate redis;

	private final String prefix;

	private final Duration ttl;

	UsedNonces(StringRedisTemplate redis, String keyPrefix, Duration ttl) {
		this.redis = redis;
		this.prefix = keyPrefix + ":callback-nonce:";
		this.ttl = ttl;
	}

	/**
	 * @return whether this is the first push with this timestamp and nonce; when Redis
	 * cannot answer, the push counts as new (the callback keeps answering during a Redis
	 * outage, as with {@link DuplicateDeliveries}; the timestamp window still bounds a
	 * replay to its minutes)
	 */
	boolean firstUse(String timestamp, String nonce) {
		if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
			return false;
		}
		try {
			return !Boolean.FALSE
				.equals(this.redis.opsForValue().setIfAbsent(this.prefix + timestamp + ":" + nonce, "1", this.ttl));
		}
		catch (RuntimeException ex) {
			log.warn("Callback nonce check unavailable, accepting the push: {}", ex.toString());
			return true;
		}
	}

}
