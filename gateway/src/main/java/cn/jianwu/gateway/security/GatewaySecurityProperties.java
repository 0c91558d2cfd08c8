package cn.jianwu.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Which staff tokens the gateway accepts on staff routes: the same keys and environment
 * variables as the services' ({@code jianwu.security.*}). The default trusts the built-in
 * issuer (disclosure-service). An institution's OIDC provider replaces it by setting
 * {@code issuerUri} (discovery), or {@code issuer} and {@code jwkSetUri}.
 *
 * @param issuer the {@code iss} every token must carry ({@code JIANWU_JWT_ISSUER})
 * @param jwkSetUri the issuer's public keys ({@code JIANWU_JWK_SET_URI})
 * @param issuerUri an OIDC issuer to discover the keys from; wins over the two above
 * ({@code JIANWU_JWT_ISSUER_URI})
 * @param audiences if not empty, {@code aud} must name one of them
 * ({@code JIANWU_JWT_AUDIENCES})
 * @param jwsAlgorithms accepted signature algorithms
 * @param clockSkew tolerance on {@code exp}, {@code nbf}, {@code iat}
 * @param connectTimeout connect timeout when fetching keys
 * @param readTimeout answer timeout when fetching keys
 */
@ConfigurationProperties("jianwu.security")
public record GatewaySecurityProperties(@DefaultValue("http://localhost:8080") String issuer,
		@DefaultValue("http://127.0.0.1:8081/api/auth/jwks") URI jwkSetUri, String issuerUri,
		@DefaultValue List<String> audiences, @DefaultValue("RS256") List<String> jwsAlgorithms,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout) {

	boolean usesDiscovery() {
		return StringUtils.hasText(this.issuerUri);
	}

	String expectedIssuer() {
		return usesDiscovery() ? this.issuerUri.trim() : this.issuer;
	}

	List<String> requiredAudiences() {
		return this.audiences.stream().filter(StringUtils::hasText).map(String::trim).toList();
	}

}
