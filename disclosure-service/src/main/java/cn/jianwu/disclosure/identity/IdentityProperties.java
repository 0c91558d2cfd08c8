package cn.jianwu.disclosure.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in issuer of staff tokens. The issuer name ({@code iss}) is the platform's
 * {@code jianwu.security.issuer}, the one every service checks.
 *
 * @param enabled whether this service issues tokens ({@code POST /api/auth/token},
 * {@code GET /api/auth/jwks}) and validates them with its own keys; {@code false} when an
 * institution's OIDC provider issues them ({@code JIANWU_IDENTITY_ENABLED})
 * @param tokenTtl how long a token is valid ({@code JIANWU_IDENTITY_TOKEN_TTL})
 * @param pacing how failed logins slow down the clients that make them (no account is
 * ever locked)
 * @param trustedProxies regex of peer addresses (the gateway, the portal) whose
 * {@code X-Forwarded-For} names the client ({@code DISCLOSURE_TRUSTED_PROXIES})
 * @param bcryptStrength BCrypt cost of new password hashes (10: about 0.1 s per check on
 * the reference machine)
 * @param audience the {@code aud} of issued tokens
 * @param privateKey an RSA private key (PKCS#8 or PKCS#1 PEM) to sign with, instead of
 * the generated key kept in the database ({@code JIANWU_JWT_PRIVATE_KEY})
 * @param keyEncryptionSecret seals the generated key in the database with AES-GCM
 * ({@code JIANWU_JWT_KEY_SECRET}); every instance needs the same value
 */
@ConfigurationProperties("jianwu.identity")
record IdentityProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration tokenTtl,
		@DefaultValue LoginPacing.Settings pacing, @DefaultValue("10") int bcryptStrength,
		@DefaultValue("jianwu") String audience, String privateKey, String keyEncryptionSecret,
		@DefaultValue("127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1") String trustedProxies) {

	IdentityProperties {
		if (tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("jianwu.identity.token-ttl must be positive");
		}
	}

}
