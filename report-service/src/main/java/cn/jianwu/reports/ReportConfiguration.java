package cn.jianwu.reports;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the features share. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
