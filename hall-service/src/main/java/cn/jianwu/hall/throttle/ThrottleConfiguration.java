package cn.jianwu.hall.throttle;

import cn.jianwu.platform.web.ClientAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hall's clients, told by the platform's rule with the hall's addresses. */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

	@Bean
	ClientAddresses clientAddresses(ThrottleProperties properties) {
		return new ClientAddresses(properties.trustedProxies(), properties.channelCallers());
	}

}
