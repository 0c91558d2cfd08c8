package cn.jianwu.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How services validate staff tokens. By default they trust the platform's built-in
 * issuer (disclosure-service, {@code POST /api/auth/token}); an institution's own OIDC
 * provider replaces it by configuration alone: either set {@code issuerUri} (OIDC
 * discovery), or set {@code issuer} and {@code jwkSetUri} to the provider's values.
 * Environment overrides are in {@code platform-defaults.properties}.
 *
 * @param issuer the {@code iss} every token must carry ({@code JIANWU_JWT_ISSUER})
 * @param jwkSetUri where the issuer's public keys are published
 * ({@code JIANWU_JWK_SET_URI})
 * @param issuerUri an OIDC issuer whose {@code /.well-known/openid-configuration} names
 * the key set; when set it wins over {@code issuer} and {@code jwkSetUri}
 * ({@code JIANWU_JWT_ISSUER_URI})
 * @param audiences if not empty, a token's {@code aud} must name one of them
 * ({@code JIANWU_JWT_AUDIENCES})
 * @param jwsAlgorithms accepted signature algorithms
 * @param rolesClaim the claim listing the staff roles; Keycloak's
 * {@code realm_access.roles} is read as well
 * @param departmentClaim the claim naming the staff member's department
 * @param clockSkew tolerance when checking {@code exp}, {@code nbf} and {@code iat}
 * @param connectTimeout connect timeout when fetching keys or discovery documents
 * @param readTimeout read timeout when fetching keys or discovery documents
 */
@ConfigurationProperties("jianwu.security")
public record PlatformSecurityProperties(@DefaultValue("http://localhost:8080") String issuer,
		@DefaultValue("http://127.0.0.1:8081/api/auth/jwks") URI jwkSetUri, String issuerUri,
		@DefaultValue List<String> audiences, @DefaultValue("RS256") List<String> jwsAlgorithms,
		@DefaultValue("roles") String rolesClaim, @DefaultValue("department") String departmentClaim,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout) {

	/** Whether keys and issuer come from OIDC discovery. */
	public boolean usesDiscovery() {
		return StringUtils.hasText(this.issuerUri);
	}

	/** The issuer tokens are checked against. */
	public String expectedIssuer() {
		return usesDiscovery() ? this.issuerUri.trim() : this.issuer;
	}

	/** The configured audiences, blanks removed. */
	public List<String> requiredAudiences() {
		return this.audiences.stream().filter(StringUtils::hasText).map(String::trim).toList();
	}

}
