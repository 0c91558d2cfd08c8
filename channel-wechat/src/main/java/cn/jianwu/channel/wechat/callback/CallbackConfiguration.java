package cn.jianwu.channel.wechat.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.publish.PublishResults;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class CallbackConfiguration {

	/** Leaves a second of WeChat's 5 s for the rest of the request. */
	static final Duration REPLY_WITHIN = Duration.ofSeconds(4);

	@Bean
	MessageCrypto messageCrypto(WechatProperties properties) {
		return new MessageCrypto(properties);
	}

	@Bean
	CallbackWindow callbackWindow(WechatProperties properties) {
		return new CallbackWindow(properties.callbackTimestampWindow(), Clock.systemUTC());
	}

	@Bean
	UsedNonces usedNonces(WechatProperties properties, StringRedisTemplate redis, CallbackWindow window) {
		return new UsedNonces(redis, properties.redisKeyPrefix(), window.nonceMemory());
	}

	@Bean(destroyMethod = "close")
	CallbackMessages callbackMessages(WechatProperties properties, StringRedisTemplate redis,
			PublishResults publishResults, TextMessageReplier replier, ObjectProvider<KeywordReplier> keywordRepliers) {
		return new CallbackMessages(
				new DuplicateDeliveries(redis, properties.redisKeyPrefix(), properties.callbackDedupTtl()),
				publishResults, replier, keywordRepliers.orderedStream().toList(), work(), REPLY_WITHIN);
	}

	/** Bounded, so a flood of pushes cannot pile up work without end. */
	private static ThreadPoolExecutor work() {
		AtomicInteger count = new AtomicInteger();
		return new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200), (task) -> {
			Thread thread = new Thread(task, "wechat-callback-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
