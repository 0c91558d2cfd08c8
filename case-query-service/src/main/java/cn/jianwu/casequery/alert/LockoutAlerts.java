package cn.jianwu.casequery.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.casequery.api.alert.AlertState;
import cn.jianwu.casequery.api.alert.LockoutAlert;
import cn.jianwu.casequery.outbox.CaseOutbox;
import cn.jianwu.events.QueryCodeLocked;
import cn.jianwu.platform.lockout.LockEscalation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for case management: a credential's code locked a second time (or for good)
 * within the escalation window is no longer someone mistyping; the console lists them so
 * that the desk can reach the person. Only codes of a credential raise one: an unknown
 * code has no case to tell anyone about.
 */
@Service
public class LockoutAlerts {

	private static final Logger log = LoggerFactory.getLogger(LockoutAlerts.class);

	/** The newest alerts the console lists. */
	static final int LISTED = 200;

	private static final String LIST = """
			SELECT a.id, a.raised_at, a.case_number, a.locks, a.until_reissue,
			       (c.status = 'ACTIVE' AND p.removed_at IS NULL) AS active,
			       (h.code_hash IS NOT NULL AND h.until_reissue) AS still_until_reissue
			FROM lockout_alert a
			JOIN credential c ON c.id = a.credential_id
			JOIN authorised_person p ON p.id = c.person_id
			LEFT JOIN lock_history h ON h.code_hash = c.code_hash
			ORDER BY a.raised_at DESC, a.id DESC LIMIT ?
			""";

	private final JdbcClient jdbc;

	private final CaseOutbox outbox;

	LockoutAlerts(JdbcClient jdbc, CaseOutbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/**
	 * Raises an alert if the lock calls for one, and tells the credential's WeChat user
	 * ({@code QueryCodeLocked} through the outbox, in the same transaction).
	 * @param credentialId the credential whose code locked
	 * @param caseNumber its case
	 * @param lock the lock
	 * @param at when
	 * @return whether an alert was raised
	 */
	@Transactional
	public boolean raise(UUID credentialId, String caseNumber, LockEscalation.Lock lock, Instant at) {
		if (!lock.alerts()) {
			return false;
		}
		this.outbox.record(new QueryCodeLocked(caseNumber, credentialId, lock.count(), lock.untilReissue(), at));
		this.jdbc
			.sql("INSERT INTO lockout_alert (raised_at, credential_id, case_number, locks, until_reissue) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(at), credentialId, caseNumber, lock.count(), lock.untilReissue())
			.update();
		log.warn("Query credential {} locked for the {}. time within the escalation window{}", credentialId,
				lock.count(), lock.untilReissue() ? ", until the desk re-issues it" : "");
		return true;
	}

	/** The newest alerts first, each with where it stands now. */
	public List<LockoutAlert> newest() {
		return this.jdbc.sql(LIST).param(LISTED).query((rs, row) -> {
			boolean untilReissue = rs.getBoolean("until_reissue");
			AlertState state;
			if (!rs.getBoolean("active")) {
				state = AlertState.CLOSED;
			}
			else if (rs.getBoolean("still_until_reissue")) {
				state = AlertState.LOCKED_UNTIL_REISSUE;
			}
			else {
				state = AlertState.LOCKED;
			}
			return new LockoutAlert(rs.getLong("id"), rs.getTimestamp("raised_at").toInstant(),
					rs.getString("case_number"), rs.getInt("locks"), untilReissue, state);
		}).list();
	}

}
