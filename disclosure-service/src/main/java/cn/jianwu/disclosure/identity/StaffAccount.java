package cn.jianwu.disclosure.identity;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;

/**
 * A staff account as stored. Never leaves the package: the password hash is in it.
 */
record StaffAccount(long id, String username, String displayName, String department, List<StaffRole> roles,
		String passwordHash, boolean enabled) {

}
