package cn.jianwu.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Turns a validated token into the request's authentication: each role in the roles claim
 * (a list, or one string separated by spaces or commas) and in Keycloak's
 * {@code realm_access.roles} becomes the authority {@code ROLE_<ROLE>} (upper-cased, so
 * that {@code hasRole('CLERK')} works whatever case the provider uses), and the
 * {@link StaffIdentity} is kept as the authentication's details.
 */
public class StaffAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private static final String ROLE_PREFIX = "ROLE_";

	private final String rolesClaim;

	private final String departmentClaim;

	public StaffAuthenticationConverter(String rolesClaim, String departmentClaim) {
		this.rolesClaim = rolesClaim;
		this.departmentClaim = departmentClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Set<String> roles = roles(jwt);
		List<GrantedAuthority> authorities = roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(ROLE_PREFIX + role))
			.toList();
		String username = username(jwt);
		String name = jwt.getClaimAsString("name");
		StaffIdentity identity = new StaffIdentity(username, StringUtils.hasText(name) ? name : username, roles,
				jwt.getClaimAsString(this.departmentClaim));
		JwtAuthenticationToken authentication = new JwtAuthenticationToken(jwt, authorities, username);
		authentication.setDetails(identity);
		return authentication;
	}

	private static String username(Jwt jwt) {
		String preferred = jwt.getClaimAsString("preferred_username");
		return StringUtils.hasText(preferred) ? preferred : jwt.getClaimAsString(JwtClaimNames.SUB);
	}

	private Set<String> roles(Jwt jwt) {
		Set<String> roles = new LinkedHashSet<>();
		addAll(roles, jwt.getClaims().get(this.rolesClaim));
		if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess) {
			addAll(roles, realmAccess.get("roles"));
		}
		return roles;
	}

	private static void addAll(Set<String> roles, Object claim) {
		if (claim instanceof Collection<?> values) {
			values.forEach((value) -> add(roles, value));
		}
		else if (claim instanceof String text) {
			for (String value : text.split("[\\s,]+")) {
				add(roles, value);
			}
		}
	}

	private static void add(Set<String> roles, Object value) {
		if (value == null) {
			return;
		}
		String role = value.toString().trim().toUpperCase(Locale.ROOT);
		if (role.startsWith(ROLE_PREFIX)) {
			role = role.substring(ROLE_PREFIX.length());
		}
		if (!role.isEmpty()) {
			roles.add(role);
		}
	}

}
