package cn.jianwu.casequery.api.alert;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A repeated or final lock of a query credential's code ({@code GET /api/cases/alerts}):
 * the case, never the code or the person's digits.
 *
 * @param id the alert
 * @param raisedAt when the code locked
 * @param caseNumber the credential's case
 * @param lockCount the lock's number within the escalation window (2 for the second)
 * @param untilReissue whether this lock lasts until the desk re-issues the credential
 * @param state where it stands now
 * @param stateLabel the state's Chinese name ({@link AlertState#label()})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockoutAlert(long id, Instant raisedAt, String caseNumber, int lockCount, boolean untilReissue,
		AlertState state, String stateLabel) {

	public LockoutAlert(long id, Instant raisedAt, String caseNumber, int lockCount, boolean untilReissue,
			AlertState state) {
		this(id, raisedAt, caseNumber, lockCount, untilReissue, state, state.label());
	}

}
