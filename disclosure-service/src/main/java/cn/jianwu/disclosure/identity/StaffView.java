package cn.jianwu.disclosure.identity;

import java.util.List;

/**
 * {@code GET /api/auth/me}: the caller as their token describes them.
 *
 * @param username the login name
 * @param name the display name
 * @param roles the roles, sorted
 * @param department the department, {@code null} if the token names none
 */
record StaffView(String username, String name, List<String> roles, String department) {

}
