package cn.jianwu.channel.wechat.api;

import cn.jianwu.channel.wechat.WechatProperties;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.mp.config.WxMpHostConfig;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.StringUtils;

/**
 * Builds the WxJava client of the account: token shared through Redis, API host from
 * configuration (every WxJava call we make builds its URL from {@link WxMpHostConfig}'s
 * {@code apiHost}), our HTTP client.
 * <p>
 * Redis is reached through Spring Data Redis on the stack's Jedis connection factory:
 * WxJava's own {@code JedisWxRedisOps} is compiled against Jedis 3 and fails on the Jedis
 * 7 of this stack (its {@code ttl} now answers {@code long}, not {@code Long}).
 */
public final class WechatApiClients {

	/** What WxJava needs as an AppID when none is configured; nothing is posted then. */
	static final String UNCONFIGURED = "unconfigured";

	private WechatApiClients() {
	}

	public static WechatApiService create(WechatProperties properties, StringRedisTemplate redis) {
		SharedAccessToken storage = new SharedAccessToken(new RedisTemplateWxRedisOps(redis),
				properties.redisKeyPrefix(), properties.tokenRefreshMargin());
		storage.setAppId(StringUtils.hasText(properties.appId()) ? properties.appId() : UNCONFIGURED);
		storage.setSecret(properties.appSecret());
		storage.setToken(properties.token());
		storage.setAesKey(properties.aesKey());
		storage.useStableAccessToken(properties.stableToken());
		storage.setHostConfig(WxMpHostConfig.builder().apiHost(withoutTrailingSlash(properties.apiBaseUrl())).build());
		storage.setApacheHttpClientBuilder(
				new WechatHttpClientBuilder(properties.connectTimeout(), properties.readTimeout()));
		WechatApiService service = new WechatApiService();
		service.setWxMpConfigStorage(storage);
		return service;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
