package cn.jianwu.disclosure.identity;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;

/** An account to create, with its password already hashed. */
record NewStaffAccount(String username, String displayName, String department, List<StaffRole> roles,
		String passwordHash) {

}
