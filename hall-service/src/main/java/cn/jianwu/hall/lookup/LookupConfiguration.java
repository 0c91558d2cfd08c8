package cn.jianwu.hall.lookup;

import cn.jianwu.platform.web.FailurePacing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failed lookup is answered {@code failure-min-duration} after the request arrived,
 * without holding a request thread.
 */
@Configuration(proxyBeanMethods = false)
class LookupConfiguration {

	@Bean
	FailurePacing lookupPacing() {
		return new FailurePacing("hall-lookup-pacing");
	}

}
