package cn.jianwu.casequery.query;

import cn.jianwu.platform.web.ClientAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query's clients, told by the platform's rule with this service's addresses. */
@Configuration(proxyBeanMethods = false)
class ClientAddressesConfiguration {

	@Bean
	ClientAddresses clientAddresses(QueryProperties properties) {
		return new ClientAddresses(properties.clients().trustedProxies(), properties.clients().channelCallers());
	}

}
