package cn.jianwu.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica hands out only what it leased from the shared bucket, refuses locally only
 * while the shared bucket cannot have refilled, and asks Redis otherwise.
 */
class LocalLeasesTest {

	private static final long SECOND = 1_000_000_000L;

	private final LocalLeases leases = new LocalLeases(SECOND, 3);

	@Test
	void anUnknownClientIsAskedForInRedis() {
		assertThat(this.leases.take("route.198.51.100.7", 1, 0).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void leasedTokensAreHandedOutOnceEachThenRedisIsAskedAgain() {
		this.leases.lease("route.a", 3, 100, 0);

		for (int i = 0; i < 3; i++) {
			assertThat(this.leases.take("route.a", 1, 10).verdict()).isEqualTo(LocalLeases.Verdict.ALLOWED);
		}
		assertThat(this.leases.take("route.a", 1, 10).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void leasedTokensAreDroppedWhenTheLeaseEnds() {
		this.leases.lease("route.a", 5, 100, 0);

		assertThat(this.leases.take("route.a", 1, SECOND - 1).verdict()).isEqualTo(LocalLeases.Verdict.ALLOWED);
		assertThat(this.leases.take("route.a", 1, SECOND).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void aRefusedClientIsRefusedLocallyUntilItsBucketCanHoldATokenAgain() {
		this.leases.lease("route.a", 5, 0, 0);
		this.leases.refuseUntil("route.a", 500, 0);

		assertThat(this.leases.take("route.a", 1, 499)).isEqualTo(LocalLeases.Decision.REFUSED);
		assertThat(this.leases.take("route.a", 1, 500).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void clientsAndRoutesHaveBucketsOfTheirOwn() {
		this.leases.refuseUntil("route.a", SECOND, 0);

		assertThat(this.leases.take("route.b", 1, 1).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
		assertThat(this.leases.take("other.a", 1, 1).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void beyondTheCapEverythingIsForgottenSoMemoryStaysBounded() {
		for (int client = 0; client < 10; client++) {
			this.leases.refuseUntil("route." + client, SECOND, 0);
			assertThat(this.leases.size()).isLessThanOrEqualTo(3);
		}
		// forgetting only ever costs a round trip: the forgotten client is asked for
		// again
		assertThat(this.leases.take("route.0", 1, 1).verdict()).isEqualTo(LocalLeases.Verdict.ASK);
	}

	@Test
	void aLeaseIsTheRateOverTheLeaseTimeButAtLeastOneRequestAndAtMostTheBurst() {
		RedisRateLimiter.Config publicRoute = new RedisRateLimiter.Config().setReplenishRate(1)
			.setBurstCapacity(10)
			.setRequestedTokens(1);
		RedisRateLimiter.Config busy = new RedisRateLimiter.Config().setReplenishRate(1000)
			.setBurstCapacity(2000)
			.setRequestedTokens(1);

		assertThat(LeasedRedisRateLimiter.leaseTokens(publicRoute, 0.05)).isEqualTo(1);
		assertThat(LeasedRedisRateLimiter.leaseTokens(busy, 0.0)).isEqualTo(1);
		assertThat(LeasedRedisRateLimiter.leaseTokens(busy, 0.01)).isEqualTo(10);
		assertThat(LeasedRedisRateLimiter.leaseTokens(busy, 5)).isEqualTo(2000);
	}

}
