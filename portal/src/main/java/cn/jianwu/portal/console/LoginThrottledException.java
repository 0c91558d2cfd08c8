package cn.jianwu.portal.console;

import org.springframework.security.core.AuthenticationException;

/**
 * disclosure-service refused a login unchecked (429): this browser's address failed too
 * often. The message is the service's Chinese explanation with the wait.
 */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException(String detail) {
		super(detail);
	}

}
