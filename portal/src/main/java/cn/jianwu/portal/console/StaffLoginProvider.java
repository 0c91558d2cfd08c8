package cn.jianwu.portal.console;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.identity.TokenRequest;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.portal.site.BackendUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs staff in with disclosure-service's {@code POST /api/auth/token}: the portal keeps
 * no accounts and checks no passwords itself. The call carries the browser's address,
 * since the service paces failed logins per client address (otherwise everyone signing in
 * through the console would share one). Every refusal (unknown user, wrong password,
 * disabled account) reads the same, as the service answers it; a client that failed too
 * often is told how long to wait ({@link LoginThrottledException}). Passwords and tokens
 * are never logged.
 */
class StaffLoginProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(StaffLoginProvider.class);

	private final StaffApiClient disclosure;

	private final Clock clock;

	StaffLoginProvider(StaffApiClient disclosure, Clock clock) {
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName().strip();
		Object credentials = authentication.getCredentials();
		String password = (credentials != null) ? credentials.toString() : "";
		if (username.isEmpty() || password.isEmpty()) {
			throw new BadCredentialsException("用户名或密码错误");
		}
		TokenResponse answer;
		try {
			answer = this.disclosure.anonymous(HttpMethod.POST, new TokenRequest(username, password),
					TokenResponse.class, "/api/auth/token", browser());
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == HttpStatus.TOO_MANY_REQUESTS.value()) {
				throw new LoginThrottledException(ex.detail());
			}
			throw new BadCredentialsException("用户名或密码错误");
		}
		catch (BackendUnavailableException ex) {
			log.warn("Console login could not reach disclosure-service: {}", ex.getMessage());
			throw new AuthenticationServiceException("登录服务暂时不可用", ex);
		}
		if (answer == null || answer.accessToken() == null) {
			throw new AuthenticationServiceException("登录服务暂时不可用");
		}
		ConsoleUser user = new ConsoleUser(answer.username() != null ? answer.username() : username,
				answer.name() != null ? answer.name() : username, answer.department(),
				answer.roles().stream().map(StaffRole::name).collect(Collectors.toSet()),
				Set.copyOf(answer.capabilities()), answer.decidesAt(), answer.accessToken(),
				this.clock.instant().plusSeconds(Math.max(answer.expiresIn(), 0)));
		log.info("Console login of {}", user.username());
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	private static HttpServletRequest browser() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
