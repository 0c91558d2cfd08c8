package cn.jianwu.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the routes' rate limiter shares its buckets between replicas (see
 * {@link LeasedRedisRateLimiter}).
 *
 * @param lease a replica takes up to {@code replenishRate × lease} tokens from the shared
 * bucket in one round trip (at least one)
 * @param maxClients clients a replica remembers leases and refusals for; beyond that it
 * forgets them all at once
 */
@ConfigurationProperties("jianwu.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("50ms") Duration lease, @DefaultValue("100000") int maxClients) {
}
