package cn.jianwu.channel.wechat.callback;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * WeChat pushes a message again when it got no answer within 5 s (three tries in all), to
 * any of our instances: the first push of a message marks it in Redis
 * ({@code SET NX EX}), later ones find the mark and are not acted on again.
 */
class DuplicateDeliveries {

	private static final Logger log = LoggerFactory.getLogger(DuplicateDeliveries.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final Duration ttl;

	DuplicateDeliveries(StringRedisTemplate redis, String keyPrefix, Duration ttl) {
		this.redis = redis;
		this.prefix = keyPrefix + ":callback:";
		this.ttl = ttl;
	}

	/**
	 * @return whether this is the first push of the message; when Redis cannot answer,
	 * the message counts as new: answering twice beats not answering
	 */
	boolean firstTime(CallbackMessage message) {
		try {
			return !Boolean.FALSE
				.equals(this.redis.opsForValue().setIfAbsent(this.prefix + message.deliveryKey(), "1", this.ttl));
		}
		catch (RuntimeException ex) {
			log.warn("Callback de-duplication unavailable, handling {} anyway: {}", message.kind(), ex.toString());
			return true;
		}
	}

}
