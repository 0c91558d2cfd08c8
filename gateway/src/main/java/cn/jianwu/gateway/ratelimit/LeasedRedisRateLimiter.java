package cn.jianwu.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

/**
 * The routes' {@code RequestRateLimiter} (same {@code redis-rate-limiter.*} arguments):
 * one token bucket per client and route in Redis, shared by every gateway replica, as
 * Spring Cloud Gateway's own limiter, but with at most one Redis round trip per request
 * and often none.
 * <ul>
 * <li>A replica takes up to {@code replenishRate × lease} tokens at a time
 * ({@code jianwu.gateway.rate-limit.lease}) and hands them out locally. At the public
 * routes' rates (1 a second) that is one token, i.e. one round trip per request exactly
 * as before; only a route allowing many requests a second per client saves round trips.
 * Every token was taken from the shared bucket, so all replicas together never allow more
 * than it does.</li>
 * <li>When Redis refuses, the replica refuses the same client locally until the shared
 * bucket can hold a token again (no replica can refill it faster): a client flooding the
 * gateway costs one round trip per refill interval, not one per request.</li>
 * <li>If Redis cannot be reached the request is let through, as Spring Cloud Gateway's
 * limiter does (the services' own throttles and lock-outs still hold).</li>
 * </ul>
 */
class LeasedRedisRateLimiter extends RedisRateLimiter {

	private static final Logger log = LoggerFactory.getLogger(LeasedRedisRateLimiter.class);

	/**
	 * Read once: a script given as a resource would be checked for changes on every
	 * request (a lookup in the nested jar each time).
	 */
	static final RedisScript<List<Long>> SCRIPT = script();

	private final ReactiveStringRedisTemplate redis;

	private final LocalLeases leases;

	private final double leaseSeconds;

	LeasedRedisRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configurationService,
			RateLimitProperties properties) {
		super(redis, SCRIPT, configurationService);
		this.redis = redis;
		this.leaseSeconds = properties.lease().toNanos() / 1e9;
		this.leases = new LocalLeases(Math.max(properties.lease().toNanos(), Duration.ofSeconds(1).toNanos()),
				properties.maxClients());
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		Config config = getConfig().get(routeId);
		if (config == null) {
			return super.isAllowed(routeId, id);
		}
		String key = routeId + '.' + id;
		long now = System.nanoTime();
		LocalLeases.Decision decision = this.leases.take(key, config.getRequestedTokens(), now);
		return switch (decision.verdict()) {
			case ALLOWED -> Mono.just(new Response(true, headers(config, decision.remaining())));
			case REFUSED -> Mono.just(new Response(false, headers(config, 0)));
			case ASK -> ask(key, config, now);
		};
	}

	/** How many tokens a replica takes from the shared bucket at once. */
	static long leaseTokens(Config config, double leaseSeconds) {
		long lease = (long) Math.floor(config.getReplenishRate() * leaseSeconds);
		return Math.max(config.getRequestedTokens(), Math.min(lease, config.getBurstCapacity()));
	}

	private Mono<Response> ask(String key, Config config, long now) {
		int requested = config.getRequestedTokens();
		List<String> keys = List.of("gateway_rate_limit.{" + key + "}.tokens",
				"gateway_rate_limit.{" + key + "}.timestamp");
		List<String> args = List.of(Integer.toString(config.getReplenishRate()),
				Long.toString(config.getBurstCapacity()), Long.toString(leaseTokens(config, this.leaseSeconds)),
				Integer.toString(requested));
		return this.redis.execute(SCRIPT, keys, args).next().map((result) -> {
			long granted = result.get(0);
			long left = result.get(1);
			if (granted >= requested) {
				this.leases.lease(key, granted - requested, left, now);
				return new Response(true, headers(config, left + granted - requested));
			}
			this.leases.refuseUntil(key, now + Duration.ofMillis(result.get(2)).toNanos(), now);
			return new Response(false, headers(config, 0));
		}).onErrorResume((ex) -> {
			log.debug("Rate limiter's Redis unreachable; request let through", ex);
			return Mono.just(new Response(true, headers(config, -1)));
		});
	}

	private Map<String, String> headers(Config config, long remaining) {
		return isIncludeHeaders() ? getHeaders(config, remaining) : Map.of();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RedisScript<List<Long>> script() {
		try {
			String text = new ResourceScriptSource(new ClassPathResource("scripts/leased_rate_limiter.lua"))
				.getScriptAsString();
			return new DefaultRedisScript(text, List.class);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Rate limiter script missing", ex);
		}
	}

}
