package cn.jianwu.disclosure.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.api.identity.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code staff_account} table. Failed logins are not counted here but in
 * {@link LoginFailures}: an account is never locked by them.
 */
@Repository
class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc.sql("""
				SELECT id, username, display_name, department, roles, password_hash, enabled
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
	 * Records a successful login, unless the account was disabled meanwhile.
	 * @return whether the login may proceed
	 */
	boolean recordSuccess(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE staff_account SET last_login_at = :now, updated_at = :now
				WHERE id = :id AND enabled""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("department"), roles(rs.getArray("roles")), rs.getString("password_hash"),
				rs.getBoolean("enabled"));
	}

	private static List<StaffRole> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(StaffRole::valueOf).toList();
	}

}
