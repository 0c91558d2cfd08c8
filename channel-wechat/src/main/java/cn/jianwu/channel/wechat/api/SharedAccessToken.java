package cn.jianwu.channel.wechat.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * The account's configuration with its access token in Redis, so that every instance uses
 * one token and refreshes it under WxJava's Redis lock instead of each fetching its own
 * (a fetch through {@code /cgi-bin/token} invalidates the one before).
 * <p>
 * WxJava keeps the token until its last two seconds; this stores it for
 * {@code expires_in} minus a margin, so it is refreshed while the old one still works.
 */
class SharedAccessToken extends WxMpRedisConfigImpl {

	private static final long serialVersionUID = 1L;

	private final long marginSeconds;

	SharedAccessToken(WxRedisOps redis, String keyPrefix, Duration refreshMargin) {
		super(redis, keyPrefix);
		this.marginSeconds = refreshMargin.toSeconds();
	}

	@Override
	public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
		getRedisOps().setValue(getAccessTokenKey(), accessToken, keepFor(expiresInSeconds), TimeUnit.SECONDS);
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
