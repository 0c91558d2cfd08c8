package cn.jianwu.channel.wechat.callback;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * WeChat pushes a message again when it got no answer within 5 s (three tries in all), to
 * any of our instances: the first push of a message marks it in Redis
 * ({@code SET NX EX}), later ones find the mark and are not acted on again.
 */
class DuplicateDeliveries {

	private final FirstMarks marks;

	DuplicateDeliveries(StringRedisTemplate redis, String keyPrefix, Duration ttl) {
		this.marks = new FirstMarks(redis, keyPrefix + ":callback:", ttl);
	}

	/**
	 * @return whether this is the first push of the message; when Redis cannot answer,
	 * the message counts as new: answering twice beats not answering
	 */
	boolean firstTime(CallbackMessage message) {
		return this.marks.firstTime(message.deliveryKey(), message.kind());
	}

}
