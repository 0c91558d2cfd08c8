package cn.jianwu.disclosure.api.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/auth/me}: the caller as their token describes them.
 *
 * @param username the login name
 * @param name the display name
 * @param roles the platform's roles among the token's, sorted
 * @param department the department, {@code null} if the token names none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffView(String username, String name, List<StaffRole> roles, String department) {

	public StaffView {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

}
