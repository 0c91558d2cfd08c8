package cn.jianwu.platform.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the token says: the staff member's username (the token's
 * {@code preferred_username}, else {@code sub}), display name, roles (without the
 * {@code ROLE_} prefix) and department. Read it in a controller or service with
 * {@link #current()}, or from a given {@link Authentication} with {@link #of}.
 *
 * @param username the login name, recorded as the actor in audit and workflow history
 * @param name the display name (Chinese), or the username when the token has none
 * @param roles the roles, e.g. {@code CLERK}
 * @param department the department, or {@code null} when the token names none
 */
public record StaffIdentity(String username, String name, Set<String> roles, String department) {

	public StaffIdentity {
		roles = Set.copyOf(roles);
	}

	/**
	 * The identity of an authenticated request.
	 * @param authentication what Spring Security holds for the request
	 * @return the identity, empty for anonymous or unknown kinds of authentication
	 */
	public static Optional<StaffIdentity> of(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getDetails() instanceof StaffIdentity identity) {
			return Optional.of(identity);
		}
		return Optional.empty();
	}

	/**
	 * The identity of the current request.
	 * @return the identity, empty when the request is not authenticated with a staff
	 * token
	 */
	public static Optional<StaffIdentity> current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The identity of the current request, which must be authenticated: use it behind a
	 * rule that requires authentication.
	 * @return the identity
	 * @throws IllegalStateException when the request carries no staff token
	 */
	public static StaffIdentity require() {
		return current()
			.orElseThrow(() -> new IllegalStateException("The request is not authenticated by a staff token"));
	}

	/**
	 * Whether the staff member has a role.
	 * @param role the role without prefix, e.g. {@code SECTION_HEAD}
	 * @return whether the token grants it
	 */
	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

}
