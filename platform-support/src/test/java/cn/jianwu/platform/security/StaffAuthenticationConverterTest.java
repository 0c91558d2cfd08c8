package cn.jianwu.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAuthenticationConverterTest {

	private final StaffAuthenticationConverter converter = new StaffAuthenticationConverter("roles", "department");

	@Test
	void builtInTokenGivesRoleAuthoritiesAndTheStaffIdentity() {
		Jwt jwt = jwt(
				Map.of("sub", "head1", "name", "王建华", "roles", List.of("SECTION_HEAD", "CLERK"), "department", "公诉部"));

		AbstractAuthenticationToken authentication = this.converter.convert(jwt);

		assertThat(authentication.getName()).isEqualTo("head1");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_SECTION_HEAD", "ROLE_CLERK");
		StaffIdentity identity = StaffIdentity.of(authentication).orElseThrow();
		assertThat(identity).isEqualTo(new StaffIdentity("head1", "王建华", Set.of("SECTION_HEAD", "CLERK"), "公诉部"));
		assertThat(identity.hasRole("CLERK")).isTrue();
		assertThat(identity.hasRole("CHIEF")).isFalse();
	}

	@Test
	void keycloakStyleTokenUsesPreferredUsernameAndRealmRoles() {
		Jwt jwt = jwt(Map.of("sub", "6c1c0c9e-0000-4000-8000-000000000001", "preferred_username", "clerk7",
				"realm_access", Map.of("roles", List.of("clerk", "offline_access"))));

		AbstractAuthenticationToken authentication = this.converter.convert(jwt);

		assertThat(authentication.getName()).isEqualTo("clerk7");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_CLERK", "ROLE_OFFLINE_ACCESS");
		StaffIdentity identity = StaffIdentity.of(authentication).orElseThrow();
		assertThat(identity.name()).isEqualTo("clerk7");
		assertThat(identity.department()).isNull();
	}

	@Test
	void rolesMayBeOneStringAndAlreadyPrefixed() {
		Jwt jwt = jwt(Map.of("sub", "admin", "roles", "ADMIN, ROLE_SUPERVISOR  press_officer"));

		assertThat(this.converter.convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_SUPERVISOR", "ROLE_PRESS_OFFICER");
	}

	@Test
	void otherClaimNamesCanBeConfigured() {
		StaffAuthenticationConverter custom = new StaffAuthenticationConverter("groups", "dept");
		Jwt jwt = jwt(Map.of("sub", "x", "groups", List.of("CHIEF"), "dept", "院领导", "roles", List.of("ADMIN")));

		AbstractAuthenticationToken authentication = custom.convert(jwt);

		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CHIEF");
		assertThat(StaffIdentity.of(authentication).orElseThrow().department()).isEqualTo("院领导");
	}

	@Test
	void noAuthenticationMeansNoIdentity() {
		assertThat(StaffIdentity.of(null)).isEmpty();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(builder::claim);
		return builder.build();
	}

}
