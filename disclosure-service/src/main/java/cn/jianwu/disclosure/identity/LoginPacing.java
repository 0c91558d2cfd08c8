package cn.jianwu.disclosure.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down guessing without letting anyone lock an account (issue 18).
 * Failures are counted within a window, per account and client address together, per
 * account, and per client:
 * <ul>
 * <li>the first {@code freeFailures} failures for an account from one client cost
 * nothing; after that, that client must wait before its next attempt for the account,
 * {@code firstDelay} doubling with each further failure up to {@code maxDelay}, and is
 * refused (429, {@code Retry-After}) until then. Only that client: the owner at their own
 * desk is not slowed by a stranger's failures;</li>
 * <li>once the account has {@code freeFailures} failures from all clients together, every
 * attempt for it is answered only after a wait growing the same way but never longer than
 * {@code accountDelayCap} (a few seconds): guessing from many addresses gets slower, and
 * the owner still logs in, a few seconds later at worst;</li>
 * <li>a client with {@code maxClientFailures} failures for any accounts is refused until
 * the oldest of them leaves the window (trying one password on many accounts).</li>
 * </ul>
 * An alert is raised when an account's failures reach {@code freeFailures} and again each
 * time they double, so a long attack is reported without flooding administrators.
 */
final class LoginPacing {

	private final Settings settings;

	LoginPacing(Settings settings) {
		this.settings = settings;
	}

	/**
	 * @param failures the failures before this attempt, within the window
	 * @param now the attempt's time
	 * @return whether the attempt is refused, or how long its answer is held
	 */
	Verdict judge(Failures failures, Instant now) {
		if (failures.fromClient() >= this.settings.maxClientFailures()) {
			return new Verdict.Refused(remaining(failures.oldestFromClient().plus(this.settings.window()), now));
		}
		if (failures.accountFromClient() >= this.settings.freeFailures()) {
			Instant allowedFrom = failures.lastAccountFromClient().plus(delay(failures.accountFromClient()));
			if (now.isBefore(allowedFrom)) {
				return new Verdict.Refused(remaining(allowedFrom, now));
			}
		}
		Duration hold = (failures.account() >= this.settings.freeFailures())
				? min(delay(failures.account()), this.settings.accountDelayCap()) : Duration.ZERO;
		return new Verdict.Allowed(hold);
	}

	/** The wait after the given number of failures ({@code freeFailures} or more). */
	Duration delay(int failures) {
		int doublings = failures - this.settings.freeFailures();
		if (doublings >= 62) {
			return this.settings.maxDelay();
		}
		long millis = this.settings.firstDelay().toMillis();
		long grown = (millis > (Long.MAX_VALUE >> doublings)) ? Long.MAX_VALUE : millis << doublings;
		return min(Duration.ofMillis(grown), this.settings.maxDelay());
	}

	/** Whether the failure that brought the account to this count raises an alert. */
	boolean alertsAt(int accountFailures) {
		int free = this.settings.freeFailures();
		if (accountFailures < free || accountFailures % free != 0) {
			return false;
		}
		int multiple = accountFailures / free;
		return (multiple & (multiple - 1)) == 0;
	}

	Duration window() {
		return this.settings.window();
	}

	private static Duration remaining(Instant until, Instant now) {
		Duration left = Duration.between(now, until);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * The failures an attempt is judged by, all within the window.
	 *
	 * @param accountFromClient for the account from the attempt's client
	 * @param lastAccountFromClient the latest of those, or {@code null}
	 * @param account for the account from all clients
	 * @param fromClient from the client for any accounts
	 * @param oldestFromClient the oldest of those, or {@code null}
	 */
	record Failures(int accountFromClient, Instant lastAccountFromClient, int account, int fromClient,
			Instant oldestFromClient) {

		static final Failures NONE = new Failures(0, null, 0, 0, null);

	}

	/** What an attempt gets before its password is looked at. */
	sealed interface Verdict {

		/** Refused unchecked (429); the client may try again after {@code retryAfter}. */
		record Refused(Duration retryAfter) implements Verdict {
		}

		/** Checked; its answer, right or wrong, goes out no sooner than {@code hold}. */
		record Allowed(Duration hold) implements Verdict {
		}

	}

	/**
	 * The settings ({@code jianwu.identity.pacing.*}).
	 *
	 * @param window how long a failure counts
	 * @param freeFailures failures (per account and client, and per account) before any
	 * delay
	 * @param firstDelay the first delay, doubled with each further failure
	 * @param maxDelay the longest delay one client waits between attempts for an account
	 * @param accountDelayCap the longest any attempt for an account is held because of
	 * failures from other clients: what a stranger can cost the owner
	 * @param maxClientFailures failures from one client, for any accounts, after which it
	 * is refused until the oldest leaves the window
	 */
	record Settings(@DefaultValue("15m") Duration window, @DefaultValue("5") int freeFailures,
			@DefaultValue("1s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
			@DefaultValue("3s") Duration accountDelayCap, @DefaultValue("20") int maxClientFailures) {

		Settings {
			if (freeFailures < 1 || maxClientFailures < 1) {
				throw new IllegalArgumentException(
						"jianwu.identity.pacing.free-failures and max-client-failures must be at least 1");
			}
			if (window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()) {
				throw new IllegalArgumentException("jianwu.identity.pacing.window and first-delay must be positive");
			}
		}

	}

}
