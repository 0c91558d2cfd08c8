package cn.jianwu.hall.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.booking.AppointmentState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code activity_sign_up} table. */
@Repository
class SignUpRepository {

	private final JdbcClient jdbc;

	SignUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new sign-up; a waitlisted one draws its place in the waitlist. */
	void insert(UUID id, UUID activityId, byte[] codeHash, byte[] pairHash, byte[] personHash, String phoneHash,
			AppointmentState state, SubmissionChannel channel, InviteeRole role, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO activity_sign_up (id, activity_id, code_hash, pair_hash, person_hash, phone_hash, state,
					                              waitlist_seq, channel, invitee_role, signed_up_at, updated_at)
					VALUES (:id, :activity, :code, :pair, :person, :phone, :state,
					        CASE WHEN :state = 'WAITLISTED' THEN nextval('activity_waitlist_seq') END, :channel, :role, :now, :now)
					""")
			.param("id", id)
			.param("activity", activityId)
			.param("code", codeHash)
			.param("pair", pairHash)
			.param("person", personHash)
			.param("phone", phoneHash)
			.param("state", state.name())
			.param("channel", channel.name())
			.param("role", (role != null) ? role.name() : null)
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean codeTaken(byte[] codeHash) {
		return this.jdbc.sql("SELECT count(*) FROM activity_sign_up WHERE code_hash = :code")
			.param("code", codeHash)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the phone holds an active sign-up of the activity. */
	boolean phoneActive(UUID activityId, String phoneHash) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM activity_sign_up
					WHERE activity_id = :activity AND phone_hash = :phone AND state IN ('CONFIRMED', 'WAITLISTED', 'CHECKED_IN')
					""")
			.param("activity", activityId)
			.param("phone", phoneHash)
			.query(Long.class)
			.single() > 0;
	}

	Optional<SignUp> byCodeHash(byte[] codeHash) {
		return this.jdbc.sql("SELECT * FROM activity_sign_up WHERE code_hash = :code")
			.param("code", codeHash)
			.query(SignUpRepository::signUp)
			.optional();
	}

	Optional<SignUp> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM activity_sign_up WHERE id = :id")
			.param("id", id)
			.query(SignUpRepository::signUp)
			.optional();
	}

	/** Re-reads the sign-up with its row locked; the caller holds the activity's lock. */
	Optional<SignUp> lock(UUID id) {
		return this.jdbc.sql("SELECT * FROM activity_sign_up WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(SignUpRepository::signUp)
			.optional();
	}

	/**
	 * The activity's sign-ups: places first, then the waitlist in order, then the rest.
	 */
	List<SignUp> ofActivity(UUID activityId) {
		return this.jdbc
			.sql("""
					SELECT * FROM activity_sign_up WHERE activity_id = :activity
					ORDER BY CASE state WHEN 'CHECKED_IN' THEN 0 WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,
					         waitlist_seq, signed_up_at, id
					""")
			.param("activity", activityId)
			.query(SignUpRepository::signUp)
			.list();
	}

	/** The active sign-ups of the activity, to cancel with it. */
	List<SignUp> activeOf(UUID activityId) {
		return this.jdbc
			.sql("SELECT * FROM activity_sign_up WHERE activity_id = :activity "
					+ "AND state IN ('CONFIRMED', 'WAITLISTED') ORDER BY signed_up_at FOR UPDATE")
			.param("activity", activityId)
			.query(SignUpRepository::signUp)
			.list();
	}

	/** The first waitlisted sign-up of the activity, locked. */
	Optional<SignUp> firstWaitlisted(UUID activityId) {
		return this.jdbc
			.sql("SELECT * FROM activity_sign_up WHERE activity_id = :activity AND state = 'WAITLISTED' "
					+ "ORDER BY waitlist_seq LIMIT 1 FOR UPDATE")
			.param("activity", activityId)
			.query(SignUpRepository::signUp)
			.optional();
	}

	/** Its place in the waitlist (1 for the first), 0 when not waitlisted. */
	int waitlistPosition(SignUp signUp) {
		if (signUp.state() != AppointmentState.WAITLISTED || signUp.waitlistSeq() == null) {
			return 0;
		}
		return this.jdbc.sql("""
				SELECT count(*) FROM activity_sign_up
				WHERE activity_id = :activity AND state = 'WAITLISTED' AND waitlist_seq <= :seq
				""")
			.param("activity", signUp.activityId())
			.param("seq", signUp.waitlistSeq())
			.query(Integer.class)
			.single();
	}

	void cancel(UUID id, Instant now) {
		this.jdbc
			.sql("UPDATE activity_sign_up SET state = 'CANCELLED', waitlist_seq = NULL, cancelled_at = :now, "
					+ "updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void promote(UUID id, Instant now) {
		this.jdbc
			.sql("UPDATE activity_sign_up SET state = 'CONFIRMED', waitlist_seq = NULL, updated_at = :now "
					+ "WHERE id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void checkIn(UUID id, Instant now) {
		this.jdbc
			.sql("UPDATE activity_sign_up SET state = 'CHECKED_IN', checked_in_at = :now, updated_at = :now "
					+ "WHERE id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static SignUp signUp(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("invitee_role");
		long seq = rs.getLong("waitlist_seq");
		Long waitlistSeq = rs.wasNull() ? null : seq;
		return new SignUp(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
				rs.getBytes("pair_hash"), AppointmentState.valueOf(rs.getString("state")), waitlistSeq,
				SubmissionChannel.valueOf(rs.getString("channel")), (role != null) ? InviteeRole.valueOf(role) : null,
				instant(rs, "signed_up_at"), instant(rs, "checked_in_at"), instant(rs, "cancelled_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
