package cn.jianwu.gateway.ratelimit;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Gateway's rate-limiter script is a classpath resource, and Spring Data
 * Redis asks on every request whether that resource changed since it was read (a lookup
 * in the nested jar each time: about 6 % of the gateway's CPU under the case-query
 * benchmark). The script cannot change while the gateway runs, so its text is read once.
 */
@Component
class RateLimiterScriptReadOnce implements BeanPostProcessor {

	/** The bean Spring Cloud Gateway's GatewayRedisAutoConfiguration declares. */
	static final String SCRIPT_BEAN = "redisRequestRateLimiterScript";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (SCRIPT_BEAN.equals(beanName) && bean instanceof DefaultRedisScript<?> script) {
			return new DefaultRedisScript<>(script.getScriptAsString(), List.class);
		}
		return bean;
	}

}
