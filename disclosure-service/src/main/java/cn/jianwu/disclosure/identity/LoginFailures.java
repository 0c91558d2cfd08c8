package cn.jianwu.disclosure.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import cn.jianwu.disclosure.identity.LoginPacing.Failures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The {@code login_failure} table, shared by every instance. An attempt is written before
 * its password is checked and judged by the rows written before it, so a burst of
 * parallel attempts cannot all pass as "the first": it is removed again when it succeeds
 * or is refused unchecked, and stays as a failure otherwise.
 */
class LoginFailures {

	private final JdbcClient jdbc;

	private final LoginPacing pacing;

	private final Clock clock;

	LoginFailures(JdbcClient jdbc, LoginPacing pacing, Clock clock) {
		this.jdbc = jdbc;
		this.pacing = pacing;
		this.clock = clock;
	}

	/**
	 * Writes an attempt, counted as a failure until {@link #forget} or {@link #clear}.
	 */
	long begin(LoginKeys keys, Instant now) {
		return this.jdbc
			.sql("INSERT INTO login_failure (account_key, client_key, at) VALUES (:account, :client, :at) RETURNING id")
			.param("account", keys.account())
			.param("client", keys.client())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The failures within the window that were written before the attempt. */
	Failures before(long attempt, LoginKeys keys, Instant now) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE account_key = :account AND client_key = :client) AS account_client,
				       max(at) FILTER (WHERE account_key = :account AND client_key = :client) AS last_account_client,
				       count(*) FILTER (WHERE account_key = :account) AS account,
				       count(*) FILTER (WHERE client_key = :client) AS client,
				       min(at) FILTER (WHERE client_key = :client) AS oldest_client
				FROM login_failure
				WHERE id < :attempt AND at > :since AND (account_key = :account OR client_key = :client)""")
			.param("account", keys.account())
			.param("client", keys.client())
			.param("attempt", attempt)
			.param("since", Timestamp.from(now.minus(this.pacing.window())))
			.query((rs, row) -> new Failures(rs.getInt("account_client"),
					instant(rs.getTimestamp("last_account_client")), rs.getInt("account"), rs.getInt("client"),
					instant(rs.getTimestamp("oldest_client"))))
			.optional()
			.orElse(Failures.NONE);
	}

	/**
	 * The account's failures within the window up to and including this one, counted
	 * after its password check: by then every earlier attempt is written, so two failures
	 * never get the same count (what alerts are raised at).
	 */
	int accountFailuresUpTo(long attempt, LoginKeys keys, Instant now) {
		return this.jdbc
			.sql("SELECT count(*) FROM login_failure WHERE account_key = :account AND id <= :attempt AND at > :since")
			.param("account", keys.account())
			.param("attempt", attempt)
			.param("since", Timestamp.from(now.minus(this.pacing.window())))
			.query(Integer.class)
			.single();
	}

	/** Removes an attempt that was refused before its password was checked. */
	void forget(long attempt) {
		this.jdbc.sql("DELETE FROM login_failure WHERE id = :id").param("id", attempt).update();
	}

	/**
	 * After a successful login: the client's failures for the account no longer count
	 * (those of other clients do, for the account's alerts and hold).
	 */
	void clear(LoginKeys keys) {
		this.jdbc.sql("DELETE FROM login_failure WHERE account_key = :account AND client_key = :client")
			.param("account", keys.account())
			.param("client", keys.client())
			.update();
	}

	/** Failures older than the window count for nothing. */
	@Scheduled(fixedDelayString = "${jianwu.identity.pacing.window:15m}")
	void purge() {
		this.jdbc.sql("DELETE FROM login_failure WHERE at <= :since")
			.param("since", Timestamp.from(this.clock.instant().minus(this.pacing.window())))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
