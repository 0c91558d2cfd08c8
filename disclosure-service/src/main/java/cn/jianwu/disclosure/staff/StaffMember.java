package cn.jianwu.disclosure.staff;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jianwu.disclosure.api.identity.StaffRole;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The member of staff behind a request, as the token names them: who they are, their
 * roles and their department.
 */
public record StaffMember(String username, String name, Set<StaffRole> roles, String department) {

	public StaffMember {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static StaffMember of(Jwt token) {
		List<String> claimed = token.getClaimAsStringList("roles");
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		if (claimed != null) {
			for (String role : claimed) {
				try {
					roles.add(StaffRole.valueOf(role));
				}
				catch (IllegalArgumentException ex) {
					// A role of another system (an institution's OIDC provider): not ours
					// to grant.
				}
			}
		}
		String name = token.getClaimAsString("name");
		return new StaffMember(token.getSubject(), (name != null) ? name : token.getSubject(), roles,
				token.getClaimAsString("department"));
	}

	public boolean has(StaffRole role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Collection<StaffRole> wanted) {
		return wanted.stream().anyMatch(this.roles::contains);
	}

	/**
	 * The role recorded in the audit trail for an action done under one of these roles.
	 */
	public StaffRole actingAs(Collection<StaffRole> allowed) {
		return allowed.stream().filter(this.roles::contains).findFirst().orElseThrow();
	}

}
