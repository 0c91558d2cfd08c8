package cn.jianwu.hall.throttle;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Every Redis call of the hall goes through here, behind a circuit breaker. Redis only
 * guards (throttles, duplicates, lock-outs): when it is down the caller's fallback
 * answers, and a submission is never refused for it. The outage is logged once when the
 * breaker opens, not on every request.
 */
@Component
public class HallRedis {

	private static final Logger log = LoggerFactory.getLogger(HallRedis.class);

	private final StringRedisTemplate redis;

	private final CircuitBreaker breaker;

	HallRedis(StringRedisTemplate redis, MeterRegistry meters) {
		this.redis = redis;
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(10)
			.minimumNumberOfCalls(3)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(15))
			.permittedNumberOfCallsInHalfOpenState(1)
			.recordExceptions(DataAccessException.class)
			.build();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
		this.breaker = registry.circuitBreaker("hall-redis");
		this.breaker.getEventPublisher()
			.onStateTransition((event) -> log.warn(
					"Redis circuit breaker: {} (the hall's throttles and duplicate "
							+ "detection let requests through while Redis is unavailable)",
					event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
	}

	/**
	 * Runs a Redis call, or answers the fallback when Redis is unavailable.
	 * @param action the call
	 * @param fallback what to answer without Redis
	 * @param <T> the answer
	 * @return the call's answer, or the fallback's
	 */
	public <T> T call(Function<StringRedisTemplate, T> action, Supplier<T> fallback) {
		try {
			return this.breaker.executeSupplier(() -> action.apply(this.redis));
		}
		catch (CallNotPermittedException ex) {
			return fallback.get();
		}
		catch (DataAccessException ex) {
			log.debug("Redis call failed, going on without Redis: {}", ex.toString());
			return fallback.get();
		}
	}

	/** A call whose failure does not matter (a clean-up, a best-effort write). */
	public void run(Function<StringRedisTemplate, ?> action) {
		call(action, () -> null);
	}

}
