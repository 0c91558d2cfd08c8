package cn.jianwu.disclosure.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.api.identity.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code staff_account} table. Lock-out counters change in single statements, so that
 * logins racing on several instances count every failure exactly once.
 */
@Repository
class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc
			.sql("""
					SELECT id, username, display_name, department, roles, password_hash, failed_attempts, locked_until, enabled
					FROM staff_account WHERE username = :username""")
			.param("username", username)
			.query(StaffAccounts::map)
			.optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Creates the account unless one with the username exists.
	 * @return whether it was created
	 */
	boolean createIfAbsent(NewStaffAccount account) {
		String[] roles = account.roles().stream().map(StaffRole::name).toArray(String[]::new);
		return this.jdbc.sql("""
				INSERT INTO staff_account (username, display_name, department, roles, password_hash)
				VALUES (:username, :displayName, :department, :roles, :passwordHash)
				ON CONFLICT (username) DO NOTHING""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("department", account.department())
			.param("roles", roles)
			.param("passwordHash", account.passwordHash())
			.update() == 1;
	}

	/**
	 * Counts a wrong password, unless the account is locked already; the failure that
	 * reaches the limit locks it and starts the count again.
	 * @return the end of the lock if this failure locked the account
	 */
	Optional<Instant> recordFailure(long id, Instant now, int maxFailedAttempts, Duration lockDuration) {
		return this.jdbc
			.sql("""
					UPDATE staff_account SET
					    failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
					    locked_until = CASE WHEN failed_attempts + 1 >= :max THEN CAST(:lockedUntil AS TIMESTAMPTZ) ELSE NULL END,
					    updated_at = :now
					WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)
					RETURNING locked_until""")
			.param("max", maxFailedAttempts)
			.param("lockedUntil", Timestamp.from(now.plus(lockDuration)))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap((lockedUntil) -> lockedUntil);
	}

	/**
	 * Records a successful login and clears the failure count, unless the account was
	 * locked or disabled meanwhile (by a concurrent failure).
	 * @return whether the login may proceed
	 */
	boolean recordSuccess(long id, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE staff_account SET failed_attempts = 0, locked_until = NULL, last_login_at = :now, updated_at = :now
					WHERE id = :id AND enabled AND (locked_until IS NULL OR locked_until <= :now)""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("department"), roles(rs.getArray("roles")), rs.getString("password_hash"),
				rs.getInt("failed_attempts"), (lockedUntil != null) ? lockedUntil.toInstant() : null,
				rs.getBoolean("enabled"));
	}

	private static List<StaffRole> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(StaffRole::valueOf).toList();
	}

}
