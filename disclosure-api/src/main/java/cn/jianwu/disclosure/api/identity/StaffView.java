package cn.jianwu.disclosure.api.identity;

import java.util.List;

import cn.jianwu.disclosure.api.item.ItemStatus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/auth/me}: the caller as their token describes them.
 *
 * @param username the login name
 * @param name the display name
 * @param roles the platform's roles among the token's, sorted
 * @param department the department, {@code null} if the token names none
 * @param capabilities what the member may do in the console at all
 * @param decidesAt the pending statuses at which the member decides, in the chain's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffView(String username, String name, List<StaffRole> roles, String department,
		List<StaffCapability> capabilities, List<ItemStatus> decidesAt) {

	public StaffView {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		capabilities = (capabilities != null) ? List.copyOf(capabilities) : List.of();
		decidesAt = (decidesAt != null) ? List.copyOf(decidesAt) : List.of();
	}

}
