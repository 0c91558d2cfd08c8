package cn.jianwu.gateway.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Replaces Spring Cloud Gateway's {@code RedisRateLimiter} bean (its auto-configuration
 * backs off), so that the routes keep {@code name: RequestRateLimiter} and their
 * {@code redis-rate-limiter.*} arguments.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimiterConfiguration {

	@Bean
	LeasedRedisRateLimiter leasedRedisRateLimiter(ReactiveStringRedisTemplate redis,
			ConfigurationService configurationService, RateLimitProperties properties) {
		return new LeasedRedisRateLimiter(redis, configurationService, properties);
	}

}
