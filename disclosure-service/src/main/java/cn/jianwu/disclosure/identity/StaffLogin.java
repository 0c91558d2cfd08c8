package cn.jianwu.disclosure.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.disclosure.identity.TokenIssuer.IssuedToken;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password and issues a token. Every refusal is the same
 * {@link LoginOutcome.Refused}, and costs one password check whatever the cause (an
 * unknown username is checked against a dummy hash), so neither the answer nor its timing
 * tells whether an account exists. No account is ever locked: failed attempts slow down
 * the client that makes them ({@link LoginPacing}); a client refused for going too fast
 * gets {@link LoginOutcome.Throttled} without its password being looked at. The log names
 * the username and the outcome, never a password, a token or the client's full address; a
 * username that matches no account is not logged (people type their password into it by
 * mistake).
 */
class StaffLogin {

	private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	/** BCrypt reads at most 72 bytes; longer passwords are refused, not truncated. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final StaffAccounts accounts;

	private final PasswordEncoder encoder;

	private final TokenIssuer issuer;

	private final LoginPacing pacing;

	private final LoginFailures failures;

	private final LoginAlerts alerts;

	private final Clock clock;

	private final LoginKeyHasher keyHasher;

	private final String dummyHash;

	StaffLogin(StaffAccounts accounts, PasswordEncoder encoder, TokenIssuer issuer, LoginPacing pacing,
			LoginKeyHasher keyHasher, LoginFailures failures, LoginAlerts alerts, Clock clock) {
		this.keyHasher = keyHasher;
		this.accounts = accounts;
		this.encoder = encoder;
		this.issuer = issuer;
		this.pacing = pacing;
		this.failures = failures;
		this.alerts = alerts;
		this.clock = clock;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * @param clientAddress the client as the request tells it (behind the gateway: from
	 * {@code X-Forwarded-For})
	 */
	LoginOutcome login(String username, String password, String clientAddress) {
		String normalized = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		Instant now = this.clock.instant();
		LoginKeys keys = this.keyHasher.keys(normalized, clientAddress);
		long attempt = this.failures.begin(keys, now);
		LoginPacing.Failures before = this.failures.before(attempt, keys, now);
		LoginPacing.Verdict verdict = this.pacing.judge(before, now);
		if (verdict instanceof LoginPacing.Verdict.Refused refused) {
			this.failures.forget(attempt);
			log.info("Login attempt refused unchecked: too many failures from the client, retry after {}s",
					refused.retryAfter().toSeconds());
			return new LoginOutcome.Throttled(refused.retryAfter());
		}
		Duration hold = ((LoginPacing.Verdict.Allowed) verdict).hold();
		Optional<StaffAccount> found = USERNAME.matcher(normalized).matches() ? this.accounts.findByUsername(normalized)
				: Optional.empty();
		boolean matches = matches(password, found.map(StaffAccount::passwordHash).orElse(this.dummyHash));
		if (found.isEmpty()) {
			log.info("Login refused: unknown username");
			return new LoginOutcome.Refused(hold);
		}
		StaffAccount account = found.get();
		if (!account.enabled()) {
			log.info("Login refused for {}: account disabled", account.username());
			return new LoginOutcome.Refused(hold);
		}
		if (!matches) {
			int accountFailures = this.failures.accountFailuresUpTo(attempt, keys, now);
			log.info("Login refused for {}: wrong password ({} for the account within the window)", account.username(),
					accountFailures);
			if (this.pacing.alertsAt(accountFailures)) {
				this.alerts.raise(account.username(), accountFailures, clientAddress, now);
			}
			return new LoginOutcome.Refused(hold);
		}
		this.failures.clear(keys);
		if (!this.accounts.recordSuccess(account.id(), now)) {
			log.info("Login refused for {}: account disabled meanwhile", account.username());
			return new LoginOutcome.Refused(hold);
		}
		IssuedToken token = this.issuer.issue(account, now);
		log.info("Login succeeded for {}", account.username());
		return new LoginOutcome.Issued(token, hold);
	}

	private boolean matches(String password, String hash) {
		if (password == null || password.isEmpty()
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			// Same work as a real check, then refuse.
			this.encoder.matches("-", hash);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

}
