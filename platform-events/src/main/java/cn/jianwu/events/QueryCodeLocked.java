package cn.jianwu.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A query credential's code was locked again (the second or a later lock within the
 * escalation window) or until the desk re-issues it: someone may be guessing with a slip
 * of it. It tells the WeChat user bound with that very credential. Never the code, never
 * the person's digits.
 *
 * @param caseNumber the credential's case (the key, so that it keeps its place among the
 * case's progress)
 * @param credentialRef the credential whose code locked, as channel adapters bind it
 * @param lockCount the lock's number within the window (2 for the second)
 * @param untilReissue whether it lasts until the desk re-issues the credential
 * @param lockedAt when
 */
public record QueryCodeLocked(String caseNumber, UUID credentialRef, int lockCount, boolean untilReissue,
		Instant lockedAt) implements PlatformEvent {

	@Override
	public String key() {
		return this.caseNumber;
	}

}
