package cn.jianwu.casequery.query;

import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query's clients, told by the platform's rule with this service's addresses, and the
 * pacing of the answers they get when a query fails.
 */
@Configuration(proxyBeanMethods = false)
class PublicClientsConfiguration {

	@Bean
	ClientAddresses clientAddresses(QueryProperties properties) {
		return new ClientAddresses(properties.clients().trustedProxies(), properties.clients().channelCallers());
	}

	@Bean
	FailurePacing failurePacing() {
		return new FailurePacing("query-pacing");
	}

}
