package cn.jianwu.channel.wechat.callback;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The {@code timestamp}+{@code nonce} of every push accepted within the window, in Redis
 * ({@code SET NX EX}, twice the window), so that the same push is refused the second time
 * whichever instance it reaches. A repeated push is refused even when WeChat itself sends
 * it again: the first delivery was already taken.
 */
class UsedNonces {

	/** WeChat's nonces are short numbers; anything longer is not worth a Redis key. */
	private static final int MAX_NONCE_LENGTH = 64;

	private final FirstMarks marks;

	UsedNonces(StringRedisTemplate redis, String keyPrefix, Duration ttl) {
		this.marks = new FirstMarks(redis, keyPrefix + ":callback-nonce:", ttl);
	}

	/**
	 * @return whether this is the first push with this timestamp and nonce; when Redis
	 * cannot answer, the push counts as new (the callback keeps answering during a Redis
	 * outage; the timestamp window still bounds a replay to its minutes)
	 */
	boolean firstUse(String timestamp, String nonce) {
		if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
			return false;
		}
		return this.marks.firstTime(timestamp + ":" + nonce, "a push's nonce");
	}

}
