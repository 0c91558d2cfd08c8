package cn.jianwu.hall.intake;

import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.platform.web.ClientAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;

/** Only the channel adapters' addresses may hand over WeChat messages. */
@Configuration(proxyBeanMethods = false)
class IntakeSecurity {

	@Bean
	AuthorizationRules wechatIntakeRules(ClientAddresses clients) {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, WechatIntakeController.PATH)
			.access((authentication,
					context) -> new AuthorizationDecision(clients.isChannelCaller(context.getRequest())));
	}

}
