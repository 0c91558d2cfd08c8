package cn.jianwu.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas share each client's bucket in Redis: together they allow no more
 * than one replica alone, also when each leases several tokens per round trip. The second
 * replica is a second limiter built from the same beans (same Redis).
 */
class SharedRateLimitIT extends GatewayTestSupport {

	private static final String PUBLIC_QUERY_ROUTE = "case-query-public-query";

	@Autowired
	private RedisRateLimiter replicaA;

	@Autowired
	private AutowireCapableBeanFactory beans;

	@Test
	void twoReplicasTogetherAllowTheBurstOfThePublicQueryOnce() {
		RedisRateLimiter replicaB = secondReplica(PUBLIC_QUERY_ROUTE,
				this.replicaA.getConfig().get(PUBLIC_QUERY_ROUTE));
		String client = "client-" + UUID.randomUUID();

		long start = System.nanoTime();
		int allowedA = 0;
		int allowedB = 0;
		for (int i = 0; i < 10; i++) {
			allowedA += allowed(this.replicaA, PUBLIC_QUERY_ROUTE, client);
			allowedB += allowed(replicaB, PUBLIC_QUERY_ROUTE, client);
		}
		double seconds = (System.nanoTime() - start) / 1e9;

		// burst 10, then 1 a second: one replica alone would allow 10 of its 10
		assertThat(allowedA).isPositive();
		assertThat(allowedB).isPositive();
		assertThat(allowedA + allowedB).isBetween(10, 10 + (int) Math.ceil(seconds));
	}

	@Test
	void leasingReplicasTogetherAllowNoMoreThanTheSharedBucket() {
		// 100 a second: each replica takes 5 tokens per round trip (lease 50 ms)
		String route = "lease-test-" + UUID.randomUUID();
		RedisRateLimiter.Config config = new RedisRateLimiter.Config().setReplenishRate(100)
			.setBurstCapacity(500)
			.setRequestedTokens(1);
		this.replicaA.getConfig().put(route, config);
		RedisRateLimiter replicaB = secondReplica(route, config);

		long start = System.nanoTime();
		int allowed = 0;
		for (int i = 0; i < 500; i++) {
			allowed += allowed(this.replicaA, route, "client") + allowed(replicaB, route, "client");
		}
		double seconds = (System.nanoTime() - start) / 1e9;

		// each replica alone would allow its 500; at most 5 leased tokens per replica are
		// left
		assertThat(allowed).isBetween(500 - 10, 500 + (int) Math.ceil(100 * seconds));
		assertThat(seconds).as("the bound above is only meaningful if the calls were quick").isLessThan(4);
	}

	private RedisRateLimiter secondReplica(String route, RedisRateLimiter.Config config) {
		RedisRateLimiter replica = this.beans.createBean(this.replicaA.getClass());
		replica.getConfig().put(route, config);
		return replica;
	}

	private static int allowed(RedisRateLimiter limiter, String route, String client) {
		return limiter.isAllowed(route, client).block().isAllowed() ? 1 : 0;
	}

}
