package cn.jianwu.channel.wechat.api;

import cn.jianwu.channel.wechat.WechatProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class WechatApiConfiguration {

	@Bean(destroyMethod = "close")
	WechatApiService wechatApiService(WechatProperties properties, StringRedisTemplate redis) {
		return WechatApiClients.create(properties, redis);
	}

}
