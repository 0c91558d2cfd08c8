package cn.jianwu.reports.figures;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;
import cn.jianwu.reports.api.figures.FiguresAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who reads the figures: {@link FiguresAccess#READERS}. */
@Configuration(proxyBeanMethods = false)
class FiguresAuthorization {

	@Bean
	AuthorizationRules figuresAuthorizationRules() {
		String[] readers = FiguresAccess.READERS.stream().map(StaffRole::name).toArray(String[]::new);
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/reports/figures", "/api/reports/figures/**")
			.hasAnyRole(readers);
	}

}
