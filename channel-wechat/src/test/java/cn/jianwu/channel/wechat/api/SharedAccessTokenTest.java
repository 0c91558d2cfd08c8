package cn.jianwu.channel.wechat.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import me.chanjar.weixin.common.redis.WxRedisOps;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.RedisConnectionFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class SharedAccessTokenTest {

	private final MutableClock clock = new MutableClock();

	private final FlakyRedis redis = new FlakyRedis(this.clock);

	private final SharedAccessToken storage = new SharedAccessToken(this.redis, "p", Duration.ofMinutes(5), this.clock);

	SharedAccessTokenTest() {
		this.storage.setAppId("wx-test");
	}

	@Test
	void aFetchedTokenIsUsedFromMemoryWhileRedisIsDownUntilItsExpiry() {
		this.storage.updateAccessToken("T1", 7200);
		this.redis.down = true;

		assertThat(this.storage.isAccessTokenExpired()).isFalse();
		assertThat(this.storage.getAccessToken()).isEqualTo("T1");

		// kept for expires_in less the 5 min margin, as in Redis
		this.clock.advance(Duration.ofSeconds(6899));
		assertThat(this.storage.getAccessToken()).isEqualTo("T1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.storage.isAccessTokenExpired()).isTrue();
		assertThat(this.storage.getAccessToken()).isNull();
	}

	@Test
	void aTokenAnotherInstanceSharedIsRememberedWhenRead() {
		this.redis.values.put(this.storage.getAccessTokenKey(), "SHARED");
		this.redis.expiries.put(this.storage.getAccessTokenKey(), this.clock.instant().plusSeconds(600));
		assertThat(this.storage.getAccessToken()).isEqualTo("SHARED");

		this.redis.down = true;
		this.clock.advance(Duration.ofSeconds(599));
		assertThat(this.storage.getAccessToken()).isEqualTo("SHARED");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.storage.getAccessToken()).isNull();
	}

	@Test
	void aTokenFetchedWhileRedisIsDownIsStillKept() {
		this.redis.down = true;
		this.storage.updateAccessToken("T2", 7200);

		assertThat(this.storage.isAccessTokenExpired()).isFalse();
		assertThat(this.storage.getAccessToken()).isEqualTo("T2");
	}

	@Test
	void aRefusedTokenIsForgottenInMemoryToo() {
		this.storage.updateAccessToken("T3", 7200);
		this.redis.down = true;
		this.storage.expireAccessToken();

		assertThat(this.storage.isAccessTokenExpired()).isTrue();
		assertThat(this.storage.getAccessToken()).isNull();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

	/** Redis in a map, which fails every call while {@code down}. */
	static final class FlakyRedis implements WxRedisOps {

		final Map<String, String> values = new HashMap<>();

		final Map<String, Instant> expiries = new HashMap<>();

		private final Clock clock;

		boolean down;

		FlakyRedis(Clock clock) {
			this.clock = clock;
		}

		private void check() {
			if (this.down) {
				throw new RedisConnectionFailureException("Redis is down");
			}
		}

		@Override
		public String getValue(String key) {
			check();
			return (getExpire(key) > 0) ? this.values.get(key) : null;
		}

		@Override
		public void setValue(String key, String value, int expire, TimeUnit unit) {
			check();
			this.values.put(key, value);
			this.expiries.put(key, this.clock.instant().plusSeconds(unit.toSeconds(expire)));
		}

		@Override
		public Long getExpire(String key) {
			check();
			Instant expiry = this.expiries.get(key);
			return (expiry != null) ? Math.max(-2, Duration.between(this.clock.instant(), expiry).toSeconds()) : -2;
		}

		@Override
		public void expire(String key, int expire, TimeUnit unit) {
			check();
			this.expiries.put(key, this.clock.instant().plusSeconds(unit.toSeconds(expire)));
		}

		@Override
		public Lock getLock(String key) {
			return new ReentrantLock();
		}

	}

}
