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
 * @param capabilities what the member may do in the console at all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffView(String username, String name, List<StaffRole> roles, String department,
		List<StaffCapability> capabilities) {

	public StaffView {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		capabilities = (capabilities != null) ? List.copyOf(capabilities) : List.of();
	}

}
