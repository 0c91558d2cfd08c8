package cn.jianwu.disclosure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the features share. */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

	/** One clock, so that tests can reason about scheduled publication. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
