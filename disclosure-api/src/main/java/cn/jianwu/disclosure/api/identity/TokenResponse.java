package cn.jianwu.disclosure.api.identity;

import java.util.List;

import cn.jianwu.disclosure.api.item.ItemStatus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The login answer ({@code access_token}, {@code token_type}, {@code expires_in},
 * {@code roles}), plus who logged in, for the console's header.
 *
 * @param accessToken the bearer token
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the token expires
 * @param roles the roles the token carries
 * @param username the login name
 * @param name the display name
 * @param department the department
 * @param capabilities what the member may do in the console at all
 * @param decidesAt the pending statuses at which the member decides, in the chain's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(@JsonProperty("access_token") String accessToken,
		@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn, List<StaffRole> roles,
		String username, String name, String department, List<StaffCapability> capabilities,
		List<ItemStatus> decidesAt) {

	public TokenResponse {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		capabilities = (capabilities != null) ? List.copyOf(capabilities) : List.of();
		decidesAt = (decidesAt != null) ? List.copyOf(decidesAt) : List.of();
	}

	@Override
	public String toString() {
		return "TokenResponse[username=" + this.username + "]";
	}

}
