package cn.jianwu.gateway.securityheaders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser security headers the gateway puts on every response.
 *
 * @param contentSecurityPolicy the policy for the server-rendered portal: own origin
 * only, no inline scripts, {@code data:} images allowed
 * @param strictTransportSecurity HSTS value; browsers ignore it over plain HTTP, so it is
 * harmless before TLS termination
 */
@ConfigurationProperties("jianwu.gateway.security-headers")
public record SecurityHeadersProperties(
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'") String contentSecurityPolicy,
		@DefaultValue("max-age=31536000; includeSubDomains") String strictTransportSecurity) {

}
