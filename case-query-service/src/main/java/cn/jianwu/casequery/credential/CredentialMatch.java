package cn.jianwu.casequery.credential;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.platform.lockout.LockEscalation.LockHistory;

/**
 * What the store knows about a code hash, in one lookup: the credential (if any), its
 * case, and the code's lock-out row (kept for every code hash, known or not).
 *
 * @param credentialId the credential, or {@code null} when no credential has this code
 * @param active whether it may be used (not revoked, its person still authorised)
 * @param idLast4 the last four of the person's ID number, or {@code null}
 * @param caseId the case, or 0
 * @param caseNumber the case number, or {@code null}
 * @param caseVersion the case's version (the cached view's key), or 0
 * @param lockedUntil the lock of this code hash in PostgreSQL, or {@code null}
 * @param hasLockoutRow whether PostgreSQL holds a counter row for this code hash
 * @param lockHistory the code hash's earlier locks (the escalation), or {@code null}
 */
public record CredentialMatch(UUID credentialId, boolean active, String idLast4, long caseId, String caseNumber,
		long caseVersion, Instant lockedUntil, boolean hasLockoutRow, LockHistory lockHistory) {

	public boolean found() {
		return this.credentialId != null;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntilReissue() || (this.lockedUntil != null && this.lockedUntil.isAfter(now));
	}

	/** Whether the code stays locked until the desk re-issues the credential. */
	public boolean lockedUntilReissue() {
		return this.lockHistory != null && this.lockHistory.untilReissue();
	}

}
