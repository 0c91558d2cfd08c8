package cn.jianwu.disclosure.redaction;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.staff.StaffNames;
import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.minors.MinorHints;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the scanner available to the rest of the service (the approval workflow refuses a
 * text in which an identifier remains). The scanner itself stays plain Java.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedactionProperties.class)
class RedactionConfiguration {

	// The service's shared clock, if there is one, so that tests can fix "today"; read in
	// Beijing time, because that is the calendar birth dates are written in.
	@Bean
	RedactionScanner redactionScanner(ObjectProvider<Clock> clock, RedactionProperties properties) {
		return new RedactionScanner(clock.getIfAvailable(Clock::systemUTC).withZone(ZoneId.of("Asia/Shanghai")),
				properties.publicPhoneNumbers());
	}

	// Staff accounts are read at every review: a new colleague may be named at once.
	@Bean
	PrivacyReview privacyReview(MinorHints minorHints, StaffNames staffNames, RedactionProperties properties) {
		return new PrivacyReview(minorHints, () -> {
			List<String> officials = new ArrayList<>(properties.publicOfficials());
			officials.addAll(staffNames.all());
			return officials;
		});
	}

	@Bean
	MinorHints minorHints(ObjectProvider<Clock> clock) {
		return new MinorHints(clock.getIfAvailable(Clock::systemUTC).withZone(ZoneId.of("Asia/Shanghai")));
	}

}
