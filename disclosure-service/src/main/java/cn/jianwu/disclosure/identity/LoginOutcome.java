package cn.jianwu.disclosure.identity;

import java.time.Duration;

import cn.jianwu.disclosure.identity.TokenIssuer.IssuedToken;

/** What a login attempt comes to; {@code hold} is how long its answer waits. */
sealed interface LoginOutcome {

	/** The password was right: a token. */
	record Issued(IssuedToken token, Duration hold) implements LoginOutcome {
	}

	/**
	 * Refused, whatever the reason (unknown username, wrong password, disabled account):
	 * the caller learns nothing more, so accounts cannot be enumerated.
	 */
	record Refused(Duration hold) implements LoginOutcome {
	}

	/**
	 * Refused unchecked: the client failed too often; it may try again after
	 * {@code retryAfter}.
	 */
	record Throttled(Duration retryAfter) implements LoginOutcome {
	}

}
