package cn.jianwu.casequery;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the features share. */
@Configuration(proxyBeanMethods = false)
class CaseQueryConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
