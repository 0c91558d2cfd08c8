package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.channel.support.ChannelProperties.Resilience;
import cn.jianwu.channel.support.ChannelThrottledException;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher's back-off around one channel's calls, without a ledger: which errors
 * are tried again and how long it waits, when the circuit opens and closes, the time
 * limit and the rate limit.
 */
class ChannelResilienceTest {

	private final ExecutorService calls = Executors.newCachedThreadPool();

	@AfterEach
	void stopCalls() {
		this.calls.shutdownNow();
	}

	@Test
	void theBackOffGrowsExponentiallyWithJitterUpToItsCeiling() {
		IntervalFunction backOff = ChannelResilience
			.backOff(settings(Duration.ofSeconds(10), 8, 10, 10, Duration.ofSeconds(15), 600, Duration.ofMinutes(1)));

		for (int attempt = 1; attempt <= 8; attempt++) {
			long base = Math.min(500L << (attempt - 1), 10_000L);
			for (int sample = 0; sample < 50; sample++) {
				assertThat(backOff.apply(attempt)).as("wait before attempt %d", attempt + 1)
					.isBetween((long) (base * 0.5), (long) (base * 1.5));
			}
		}
	}

	@Test
	void transientErrorsAreTriedAgainUntilTheChannelAnswers() throws Exception {
		ChannelResilience resilience = resilience(fast(3, 100));
		AtomicInteger tries = new AtomicInteger();

		String answer = resilience.call(() -> {
			if (tries.incrementAndGet() < 3) {
				throw new TransientChannelException("服务器错误 503");
			}
			return "post-1";
		});

		assertThat(answer).isEqualTo("post-1");
		assertThat(tries).hasValue(3);
	}

	@Test
	void retriesEndAfterMaxAttemptsWithTheLastError() {
		ChannelResilience resilience = resilience(fast(3, 100));
		AtomicInteger tries = new AtomicInteger();

		assertThatExceptionOfType(TransientChannelException.class).isThrownBy(() -> resilience.call(() -> {
			tries.incrementAndGet();
			throw new TransientChannelException("服务器错误 502");
		})).withMessage("服务器错误 502");
		assertThat(tries).hasValue(3);
	}

	@Test
	void permanentErrorsAndThrottlingAreNeverRetriedNorOpenTheCircuit() {
		ChannelResilience resilience = resilience(fast(3, 1));
		AtomicInteger tries = new AtomicInteger();

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(PermanentChannelException.class).isThrownBy(() -> resilience.call(() -> {
				tries.incrementAndGet();
				throw new PermanentChannelException("内容违规");
			}));
			assertThatExceptionOfType(ChannelThrottledException.class).isThrownBy(() -> resilience.call(() -> {
				tries.incrementAndGet();
				throw new ChannelThrottledException("已排队", Duration.ofMinutes(1));
			}));
		}

		assertThat(tries).hasValue(6);
		assertThat(resilience.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void aFailureStormOpensTheCircuitWhichRefusesCallsThenClosesAfterRecovery() throws Exception {
		ChannelResilience resilience = resilience(fast(2, 4));
		AtomicInteger tries = new AtomicInteger();
		for (int delivery = 0; delivery < 2; delivery++) {
			assertThatExceptionOfType(TransientChannelException.class).isThrownBy(() -> resilience.call(() -> {
				tries.incrementAndGet();
				throw new TransientChannelException("服务器错误 500");
			}));
		}
		assertThat(resilience.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(resilience.openFor()).isEqualTo(Duration.ofMillis(300));

		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> resilience.call(() -> {
			tries.incrementAndGet();
			return "post";
		}));
		assertThat(tries).hasValue(4);

		await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
			resilience.call(() -> "post");
			return true;
		});
		assertThat(resilience.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void aCallBeyondItsTimeLimitIsGivenUpAsATimeout() {
		ChannelResilience resilience = resilience(
				settings(Duration.ofMillis(100), 2, 100, 100, Duration.ofSeconds(1), 600, Duration.ofMinutes(1)));
		AtomicInteger tries = new AtomicInteger();

		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> resilience.call(() -> {
			tries.incrementAndGet();
			Thread.sleep(2_000);
			return "too late";
		}));
		assertThat(tries).hasValue(2);
	}

	@Test
	void beyondTheRateLimitAPermitIsAWaitNotAFailure() {
		ChannelResilience resilience = resilience(
				settings(Duration.ofSeconds(1), 1, 100, 100, Duration.ofSeconds(1), 2, Duration.ofHours(1)));

		assertThat(resilience.permit()).isZero();
		assertThat(resilience.permit()).isZero();
		assertThat(resilience.permit()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
	}

	private ChannelResilience resilience(Resilience settings) {
		return new ChannelResilience("test", settings, this.calls, CircuitBreakerRegistry.ofDefaults(),
				RetryRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
	}

	/**
	 * Quick retries; the circuit opens after {@code circuitCalls} failed calls in a row.
	 */
	private static Resilience fast(int maxAttempts, int circuitCalls) {
		return new Resilience(Duration.ofSeconds(2), maxAttempts, Duration.ofMillis(10), 2.0, 0.5,
				Duration.ofMillis(50), circuitCalls, circuitCalls, 50, Duration.ofMillis(300), 600,
				Duration.ofMinutes(1));
	}

	private static Resilience settings(Duration timeout, int maxAttempts, int circuitMinimumCalls, int circuitWindow,
			Duration circuitOpenFor, int rateLimit, Duration ratePeriod) {
		return new Resilience(timeout, maxAttempts, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(10),
				circuitMinimumCalls, circuitWindow, 50, circuitOpenFor, rateLimit, ratePeriod);
	}

}
