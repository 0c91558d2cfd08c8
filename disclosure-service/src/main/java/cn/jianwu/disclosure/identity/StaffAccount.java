package cn.jianwu.disclosure.identity;

import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;

/**
 * A staff account as stored. Never leaves the package: the password hash is in it.
 */
record StaffAccount(long id, String username, String displayName, String department, List<StaffRole> roles,
		String passwordHash, int failedAttempts, Instant lockedUntil, boolean enabled) {

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
