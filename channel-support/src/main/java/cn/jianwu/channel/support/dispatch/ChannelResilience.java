package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

import cn.jianwu.channel.support.ChannelProperties.Resilience;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/**
 * Resilience4j around one channel's external calls: a rate limiter at the channel's
 * published limit (asked once per delivery, without waiting, so a spent limit queues the
 * row instead of blocking or failing it), then retry (transient errors only, exponential
 * back-off with jitter) around a circuit breaker around a time limit per call.
 */
public class ChannelResilience {

	private final RateLimiter rateLimiter;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final TimeLimiter timeLimiter;

	private final ExecutorService callExecutor;

	private final Duration openFor;

	public ChannelResilience(String name, Resilience settings, ExecutorService callExecutor,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, RateLimiterRegistry rateLimiters,
			TimeLimiterRegistry timeLimiters) {
		this.callExecutor = callExecutor;
		this.openFor = settings.circuitOpenFor();
		this.rateLimiter = rateLimiters.rateLimiter(name,
				RateLimiterConfig.custom()
					.limitForPeriod(settings.rateLimit())
					.limitRefreshPeriod(settings.ratePeriod())
					.timeoutDuration(Duration.ZERO)
					.build());
		this.circuitBreaker = circuitBreakers.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.circuitWindow())
					.minimumNumberOfCalls(settings.circuitMinimumCalls())
					.failureRateThreshold(settings.circuitFailureRate())
					.waitDurationInOpenState(settings.circuitOpenFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.recordExceptions(TransientChannelException.class, TimeoutException.class)
					.ignoreExceptions(PermanentChannelException.class)
					.build());
		this.retry = retries.retry(name,
				RetryConfig.custom()
					.maxAttempts(settings.maxAttempts())
					.intervalFunction(backOff(settings))
					.retryExceptions(TransientChannelException.class, TimeoutException.class)
					.ignoreExceptions(PermanentChannelException.class, CallNotPermittedException.class)
					.failAfterMaxAttempts(false)
					.build());
		this.timeLimiter = timeLimiters.timeLimiter(name,
				TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
	}

	/**
	 * The wait before each retry: exponential from {@code initialBackOff}, randomised by
	 * {@code jitter} so instances do not retry in step, never above {@code maxBackOff}.
	 */
	static IntervalFunction backOff(Resilience settings) {
		return IntervalFunction.ofExponentialRandomBackoff(settings.initialBackOff(), settings.multiplier(),
				settings.jitter(), settings.maxBackOff());
	}

	/**
	 * Takes one permit for a delivery.
	 * @return {@link Duration#ZERO} when granted, otherwise how long to wait for one
	 */
	public Duration permit() {
		if (this.rateLimiter.acquirePermission()) {
			return Duration.ZERO;
		}
		if (this.rateLimiter instanceof AtomicRateLimiter atomic) {
			return Duration.ofNanos(Math.max(atomic.getDetailedMetrics().getNanosToWait(), 1_000_000));
		}
		return this.rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod();
	}

	/** How long a call refused by the open circuit should wait before the next try. */
	public Duration openFor() {
		return this.openFor;
	}

	public CircuitBreaker.State circuitState() {
		return this.circuitBreaker.getState();
	}

	/**
	 * Runs the call with retries, circuit breaker and time limit.
	 * @throws CallNotPermittedException while the circuit is open
	 * @throws TimeoutException when the last try took too long
	 */
	public <T> T call(Callable<T> call) throws Exception {
		Callable<T> limited = () -> this.timeLimiter.executeFutureSupplier(() -> this.callExecutor.submit(call));
		return Retry.decorateCallable(this.retry, CircuitBreaker.decorateCallable(this.circuitBreaker, limited)).call();
	}

}
