package cn.jianwu.casequery.credential;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.casequery.api.query.CredentialStatus;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.casequery.hashing.QueryCodes;
import cn.jianwu.platform.lockout.LockEscalation.LockHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Query credentials: issued by the case-management desk after an identity check in
 * person, one active credential per authorised person, revocable and re-issuable. A code
 * is stored only as its keyed hash; a new code is drawn again in the (unlikely) event
 * that its hash is taken.
 */
@Service
public class Credentials {

	private static final Logger log = LoggerFactory.getLogger(Credentials.class);

	private static final int DRAWS = 5;

	private static final String LOOKUP = """
			SELECT c.id, c.status, p.id_last4, p.removed_at, f.id AS case_id, f.case_number, f.version,
			       l.locked_until, (l.code_hash IS NOT NULL) AS has_row,
			       h.locks, h.first_locked_at, h.until_reissue
			FROM (SELECT CAST(? AS bytea) AS h) q
			LEFT JOIN credential c ON c.code_hash = q.h
			LEFT JOIN authorised_person p ON p.id = c.person_id
			LEFT JOIN case_file f ON f.id = p.case_id
			LEFT JOIN lockout l ON l.code_hash = q.h
			LEFT JOIN lock_history h ON h.code_hash = q.h
			""";

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	private final QueryCodes codes;

	private final Clock clock;

	Credentials(JdbcClient jdbc, KeyedHash hash, QueryCodes codes, Clock clock) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Issues a credential to a person who has none active.
	 * @param personId the authorised person
	 * @param actor the officer
	 * @return the credential with its code, to be shown once
	 */
	@Transactional
	public IssuedCode issue(long personId, String actor) {
		for (int draw = 1; draw <= DRAWS; draw++) {
			IssuedCode issued = insert(personId, this.codes.next(), actor);
			if (issued != null) {
				return issued;
			}
			log.info("A new query code collided with an existing one; drawing again");
		}
		throw new IllegalStateException("No free query code after " + DRAWS + " draws");
	}

	/**
	 * Revokes the person's active credential, if any, and issues a new one.
	 * @param personId the authorised person
	 * @param actor the officer
	 * @return the new credential with its code
	 */
	@Transactional
	public IssuedCode reissue(long personId, String actor) {
		// the desk has seen the person: the old code's lock-out history (and with it a
		// lock until re-issue) is over
		this.jdbc
			.sql("DELETE FROM lock_history WHERE code_hash IN "
					+ "(SELECT code_hash FROM credential WHERE person_id = ? AND status = 'ACTIVE')")
			.param(personId)
			.update();
		revoke(personId, actor, "重新签发");
		return issue(personId, actor);
	}

	/**
	 * Revokes the person's active credential.
	 * @param personId the authorised person
	 * @param actor the officer
	 * @param reason why, for the record
	 * @return whether there was one
	 */
	@Transactional
	public boolean revoke(long personId, String actor, String reason) {
		int revoked = this.jdbc
			.sql("UPDATE credential SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revoke_reason = ? "
					+ "WHERE person_id = ? AND status = 'ACTIVE'")
			.params(Timestamp.from(this.clock.instant()), actor, reason, personId)
			.update();
		if (revoked > 0) {
			log.info("Credential of person {} revoked by {}", personId, actor);
		}
		return revoked > 0;
	}

	/**
	 * Demo data only: gives a person a credential with a known code (documented in the
	 * README), replacing the one it has.
	 * @param personId the authorised person
	 * @param code the documented demo code
	 * @param actor who
	 * @return whether the code was given (false when it is already taken)
	 */
	@Transactional
	public boolean issueKnownCode(long personId, String code, String actor) {
		if (!QueryCodes.isWellFormed(code)) {
			throw new IllegalArgumentException("Not a query code");
		}
		Integer taken = this.jdbc.sql("SELECT count(*) FROM credential WHERE code_hash = ?")
			.param(this.hash.queryCode(code))
			.query(Integer.class)
			.single();
		if (taken > 0) {
			return false;
		}
		revoke(personId, actor, "演示数据");
		return insert(personId, code, actor) != null;
	}

	/**
	 * Everything a query needs to know about a code hash, in one statement.
	 * @param codeHash the keyed hash of the code
	 * @return the match; {@link CredentialMatch#found()} is false for an unknown code
	 */
	public CredentialMatch lookup(byte[] codeHash) {
		return this.jdbc.sql(LOOKUP).param(codeHash).query((rs, row) -> {
			String id = rs.getString("id");
			Timestamp lockedUntil = rs.getTimestamp("locked_until");
			Timestamp firstLockedAt = rs.getTimestamp("first_locked_at");
			LockHistory history = (firstLockedAt != null)
					? new LockHistory(rs.getInt("locks"), firstLockedAt.toInstant(), rs.getBoolean("until_reissue"))
					: null;
			return new CredentialMatch((id != null) ? UUID.fromString(id) : null,
					"ACTIVE".equals(rs.getString("status")) && rs.getTimestamp("removed_at") == null,
					rs.getString("id_last4"), rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("version"),
					(lockedUntil != null) ? lockedUntil.toInstant() : null, rs.getBoolean("has_row"), history);
		}).single();
	}

	/**
	 * A credential by its reference.
	 * @param ref the credential id
	 * @return its case and validity, empty when unknown
	 */
	public Optional<CredentialStatus> status(UUID ref) {
		return this.jdbc.sql("""
				SELECT c.id, f.case_number, (c.status = 'ACTIVE' AND p.removed_at IS NULL) AS active
				FROM credential c JOIN authorised_person p ON p.id = c.person_id JOIN case_file f ON f.id = p.case_id
				WHERE c.id = ?
				""")
			.param(ref)
			.query((rs, row) -> new CredentialStatus(UUID.fromString(rs.getString("id")), rs.getString("case_number"),
					rs.getBoolean("active")))
			.optional();
	}

	/**
	 * The person with this id, if it is an authorised person of the case.
	 * @param caseNumber the case
	 * @param personId the person
	 * @return whether the person is listed (and not removed) on the case
	 */
	public boolean isPersonOfCase(String caseNumber, long personId) {
		List<Long> found = this.jdbc
			.sql("SELECT p.id FROM authorised_person p JOIN case_file f ON f.id = p.case_id "
					+ "WHERE f.case_number = ? AND p.id = ? AND p.removed_at IS NULL")
			.params(caseNumber, personId)
			.query(Long.class)
			.list();
		return !found.isEmpty();
	}

	/** The credential, or {@code null} when the code's hash is taken. */
	private IssuedCode insert(long personId, String code, String actor) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		byte[] codeHash = this.hash.queryCode(code);
		int inserted = this.jdbc
			.sql("INSERT INTO credential (id, person_id, code_hash, status, issued_at, issued_by) "
					+ "VALUES (?, ?, ?, 'ACTIVE', ?, ?) ON CONFLICT (code_hash) DO NOTHING")
			.params(id, personId, codeHash, Timestamp.from(now), actor)
			.update();
		if (inserted == 0) {
			return null;
		}
		// a new code starts with no lock-out, whatever was guessed at its hash before
		this.jdbc.sql("DELETE FROM lock_history WHERE code_hash = ?").param(codeHash).update();
		log.info("Credential {} issued to person {} by {}", id, personId, actor);
		return new IssuedCode(id, personId, code, now);
	}

}
