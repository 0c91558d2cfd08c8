package cn.jianwu.channel.wechat.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's configuration with its access token in Redis, so that every instance uses
 * one token and refreshes it under WxJava's Redis lock instead of each fetching its own
 * (a fetch through {@code /cgi-bin/token} invalidates the one before).
 * <p>
 * WxJava keeps the token until its last two seconds; this stores it for
 * {@code expires_in} minus a margin, so it is refreshed while the old one still works.
 * <p>
 * Redis is where the token is shared, not the only place it lives: the last token seen is
 * also kept in memory ({@link LastKnownToken}) until the same expiry, and used while
 * Redis cannot answer, so a Redis outage does not stop replies and posts that need a
 * token.
 */
class SharedAccessToken extends WxMpRedisConfigImpl {

	private static final long serialVersionUID = 1L;

	private static final Logger log = LoggerFactory.getLogger(SharedAccessToken.class);

	private final long marginSeconds;

	private final LastKnownToken lastKnown;

	SharedAccessToken(WxRedisOps redis, String keyPrefix, Duration refreshMargin) {
		this(redis, keyPrefix, refreshMargin, Clock.systemUTC());
	}

	SharedAccessToken(WxRedisOps redis, String keyPrefix, Duration refreshMargin, Clock clock) {
		super(redis, keyPrefix);
		this.marginSeconds = refreshMargin.toSeconds();
		this.lastKnown = new LastKnownToken(clock);
	}

	@Override
	public String getAccessToken() {
		try {
			String token = getRedisOps().getValue(getAccessTokenKey());
			Long ttl = (token != null) ? getRedisOps().getExpire(getAccessTokenKey()) : null;
			if (ttl != null && ttl > 0) {
				this.lastKnown.remember(token, Duration.ofSeconds(ttl));
			}
			return token;
		}
		catch (RuntimeException ex) {
			return lastKnownBecause(ex);
		}
	}

	@Override
	public boolean isAccessTokenExpired() {
		try {
			return super.isAccessTokenExpired();
		}
		catch (RuntimeException ex) {
			return lastKnownBecause(ex) == null;
		}
	}

	/**
	 * Remembered here first: a token just fetched is valid whether or not Redis takes it
	 * (the fetch may have invalidated the one other instances hold, nothing to do about
	 * that while Redis is away).
	 */
	@Override
	public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
		int keepFor = keepFor(expiresInSeconds);
		this.lastKnown.remember(accessToken, Duration.ofSeconds(keepFor));
		try {
			getRedisOps().setValue(getAccessTokenKey(), accessToken, keepFor, TimeUnit.SECONDS);
		}
		catch (RuntimeException ex) {
			log.warn("Redis unavailable, the new access_token is kept in memory only: {}", ex.toString());
		}
	}

	/** WeChat refused the token: neither Redis nor memory may hand it out again. */
	@Override
	public void expireAccessToken() {
		this.lastKnown.forget();
		try {
			super.expireAccessToken();
		}
		catch (RuntimeException ex) {
			log.warn("Redis unavailable, the refused access_token could not be expired there: {}", ex.toString());
		}
	}

	private String lastKnownBecause(RuntimeException ex) {
		String token = this.lastKnown.token();
		log.warn("Redis unavailable, using the access_token kept in memory ({}): {}",
				(token != null) ? "still valid" : "none or expired", ex.toString());
		return token;
	}

	/**
	 * How long to keep a token: the margin comes off, but a token that WeChat hands out
	 * with little life left (the stable-token API does so near the end) is still kept for
	 * half of it; never zero, which Redis would take as "forever".
	 */
	int keepFor(int expiresInSeconds) {
		return keepFor(expiresInSeconds, this.marginSeconds);
	}

	static int keepFor(int expiresInSeconds, long marginSeconds) {
		if (expiresInSeconds > 2 * marginSeconds) {
			return (int) (expiresInSeconds - marginSeconds);
		}
		return Math.max(1, expiresInSeconds / 2);
	}

	// WxJava's toString would print the AppSecret, the token and the AES key.
	@Override
	public String toString() {
		return "SharedAccessToken[appId=" + getAppId() + "]";
	}

}
