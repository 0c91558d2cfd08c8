package cn.jianwu.disclosure.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * {@link InvalidCredentialsException}, and costs one password check whatever the cause
 * (an unknown username is checked against a dummy hash), so neither the answer nor its
 * timing tells whether an account exists. {@code maxFailedAttempts} consecutive wrong
 * passwords lock the account for {@code lockDuration}; while locked, even the right
 * password is refused and attempts are not counted. A successful login clears the count.
 * The log names the username and the outcome, never a password or a token; a username
 * that matches no account is not logged (people type their password into it by mistake).
 */
class StaffLogin {

	private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	/** BCrypt reads at most 72 bytes; longer passwords are refused, not truncated. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final StaffAccounts accounts;

	private final PasswordEncoder encoder;

	private final TokenIssuer issuer;

	private final IdentityProperties properties;

	private final Clock clock;

	private final String dummyHash;

	StaffLogin(StaffAccounts accounts, PasswordEncoder encoder, TokenIssuer issuer, IdentityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.issuer = issuer;
		this.properties = properties;
		this.clock = clock;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * @throws InvalidCredentialsException for any refusal
	 */
	IssuedToken login(String username, String password) {
		String normalized = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		Optional<StaffAccount> found = USERNAME.matcher(normalized).matches() ? this.accounts.findByUsername(normalized)
				: Optional.empty();
		boolean matches = matches(password, found.map(StaffAccount::passwordHash).orElse(this.dummyHash));
		Instant now = this.clock.instant();
		if (found.isEmpty()) {
			log.info("Login refused: unknown username");
			throw new InvalidCredentialsException();
		}
		StaffAccount account = found.get();
		if (!account.enabled()) {
			log.info("Login refused for {}: account disabled", account.username());
			throw new InvalidCredentialsException();
		}
		if (account.lockedAt(now)) {
			log.info("Login refused for {}: account locked until {}", account.username(), account.lockedUntil());
			throw new InvalidCredentialsException();
		}
		if (!matches) {
			Optional<Instant> locked = this.accounts.recordFailure(account.id(), now,
					this.properties.maxFailedAttempts(), this.properties.lockDuration());
			if (locked.isPresent()) {
				log.warn("Login refused for {}: wrong password; account locked until {} after {} consecutive failures",
						account.username(), locked.get(), this.properties.maxFailedAttempts());
			}
			else {
				log.info("Login refused for {}: wrong password", account.username());
			}
			throw new InvalidCredentialsException();
		}
		if (!this.accounts.recordSuccess(account.id(), now)) {
			log.info("Login refused for {}: account locked or disabled meanwhile", account.username());
			throw new InvalidCredentialsException();
		}
		IssuedToken token = this.issuer.issue(account, now);
		log.info("Login succeeded for {}", account.username());
		return token;
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
