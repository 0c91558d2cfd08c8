package cn.jianwu.disclosure.api.identity;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/auth/login-alerts} (administrators): repeated failed logins of a staff
 * account, newest first. Raised when the account's failures within the window reach the
 * threshold and again each time they double.
 *
 * @param username the account
 * @param at when the alert was raised
 * @param failures the account's failed logins within the window at that moment
 * @param client the address of the client whose failure raised it, masked
 * ({@code 203.0.113.*})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginAlertView(String username, Instant at, int failures, String client) {

	/** The path, one place for the service and the console. */
	public static final String PATH = "/api/auth/login-alerts";

}
