package cn.jianwu.casequery.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own Jedis pool and the circuit breaker around it. The address, password
 * and timeouts are Boot's {@code spring.data.redis.*} ({@code REDIS_HOST},
 * {@code REDIS_PORT}, {@code REDIS_PASSWORD}).
 *
 * @param poolSize most connections at once
 * @param poolWait how long a call waits for a free connection before it counts as failed
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param slidingWindowSize calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the rate is judged
 * @param waitInOpenState how long Redis is left alone before it is tried again
 * @param permittedCallsInHalfOpenState trial calls that decide whether Redis is back
 */
@ConfigurationProperties("jianwu.case-query.redis")
public record RedisProperties(@DefaultValue("32") int poolSize, @DefaultValue("200ms") Duration poolWait,
		@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
		@DefaultValue("5") int minimumNumberOfCalls, @DefaultValue("5s") Duration waitInOpenState,
		@DefaultValue("2") int permittedCallsInHalfOpenState) {
}
