package cn.jianwu.portal.console;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A console session lasts as long as its staff token: once the token has run out the
 * member signs in again (the login page says why) rather than meeting refusals.
 */
@Configuration(proxyBeanMethods = false)
class TokenExpiry implements WebMvcConfigurer {

	private final Clock clock = Clock.systemUTC();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
						&& user.expired(TokenExpiry.this.clock.instant())) {
					ConsoleErrors.signOut(request);
					response.sendRedirect(ConsoleSecurityConfiguration.LOGIN + "?expired");
					return false;
				}
				return true;
			}

		}).addPathPatterns("/console", "/console/**").excludePathPatterns(ConsoleSecurityConfiguration.LOGIN);
	}

}
