package cn.jianwu.hall.handling;

import java.util.regex.Pattern;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.platform.security.AuthorizationRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;

/**
 * The roles the handling paths need beyond a staff token: verifying the audit trail is
 * for the supervision group and administrators; the department rules of each step are
 * checked by {@link Duties}. The WeChat reply is for channel-wechat's addresses only.
 */
@Configuration(proxyBeanMethods = false)
class HandlingAuthorization {

	static final String AUDIT_VERIFY = "/api/hall/staff/audit/verify";

	static final String WECHAT_REPLY = "/internal/hall/messages/{id}/wechat-reply";

	@Bean
	AuthorizationRules handlingRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, AUDIT_VERIFY)
			.hasAnyRole(StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name());
	}

	/**
	 * Until the intake's rule for every {@code /internal/**} path is merged: the same
	 * check of the caller's address ({@code jianwu.hall.throttle.channel-callers}), for
	 * this path only. Remove it once that rule is in.
	 */
	@Bean
	AuthorizationRules wechatReplyCallers(@Value("${jianwu.hall.throttle.channel-callers}") String callers) {
		Pattern allowed = Pattern.compile(callers);
		return (rules) -> rules.requestMatchers(HttpMethod.GET, WECHAT_REPLY)
			.access((authentication, context) -> new AuthorizationDecision(
					allowed.matcher(context.getRequest().getRemoteAddr()).matches()));
	}

}
