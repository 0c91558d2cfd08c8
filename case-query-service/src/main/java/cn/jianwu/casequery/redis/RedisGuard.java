package cn.jianwu.casequery.redis;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Every Redis call of the service goes through here: a Jedis pool behind a Resilience4j
 * circuit breaker. A failed call (Redis down, slow, pool exhausted) and every call while
 * the circuit is open answers the caller's fallback instead, so that the service keeps
 * answering from PostgreSQL; the breaker tries Redis again after
 * {@code wait-in-open-state}.
 */
@Component
public class RedisGuard implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

	private final JedisPooled jedis;

	private final CircuitBreaker breaker;

	RedisGuard(RedisProperties properties, @Value("${spring.data.redis.host:127.0.0.1}") String host,
			@Value("${spring.data.redis.port:6379}") int port, @Value("${spring.data.redis.password:}") String password,
			@Value("${spring.data.redis.timeout:500ms}") Duration timeout,
			@Value("${spring.data.redis.connect-timeout:500ms}") Duration connectTimeout, MeterRegistry meters) {
		DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
			.clientName("case-query-service")
			.socketTimeoutMillis((int) timeout.toMillis())
			.connectionTimeoutMillis((int) connectTimeout.toMillis());
		if (StringUtils.hasText(password)) {
			client.password(password);
		}
		GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
		pool.setMaxTotal(properties.poolSize());
		pool.setMaxIdle(properties.poolSize());
		pool.setMinIdle(0);
		pool.setMaxWait(properties.poolWait());
		pool.setJmxEnabled(false);
		this.jedis = new JedisPooled(new HostAndPort(host, port), client.build(), pool);
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(properties.slidingWindowSize())
			.minimumNumberOfCalls(properties.minimumNumberOfCalls())
			.failureRateThreshold(properties.failureRateThreshold())
			.waitDurationInOpenState(properties.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			.recordExceptions(JedisException.class)
			.build();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
		this.breaker = registry.circuitBreaker("redis");
		this.breaker.getEventPublisher()
			.onStateTransition((event) -> log.warn("Redis circuit breaker: {}", event.getStateTransition()));
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
	}

	/**
	 * Runs a Redis call, or the fallback when Redis is unavailable.
	 * @param action the call
	 * @param fallback what to answer without Redis
	 * @param <T> the answer
	 * @return the call's answer, or the fallback's
	 */
	public <T> T call(Function<JedisPooled, T> action, Supplier<T> fallback) {
		try {
			return this.breaker.executeSupplier(() -> action.apply(this.jedis));
		}
		catch (CallNotPermittedException ex) {
			return fallback.get();
		}
		catch (JedisException ex) {
			log.debug("Redis call failed, answering without Redis: {}", ex.toString());
			return fallback.get();
		}
	}

	/** Runs a Redis call whose failure does not matter (clean-up, best effort). */
	public void run(Function<JedisPooled, ?> action) {
		call(action, () -> null);
	}

	/** The breaker's state, e.g. {@code CLOSED} or {@code OPEN}. */
	public String state() {
		return this.breaker.getState().name();
	}

	@Override
	public void destroy() {
		this.jedis.close();
	}

}
