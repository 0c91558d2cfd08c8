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
 * @param maxFailedAttempts consecutive wrong passwords that lock an account
 * @param lockDuration how long a locked account stays locked
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
		@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("10") int bcryptStrength, @DefaultValue("jianwu") String audience, String privateKey,
		String keyEncryptionSecret) {

	IdentityProperties {
		if (maxFailedAttempts < 1) {
			throw new IllegalArgumentException("jianwu.identity.max-failed-attempts must be at least 1");
		}
		if (tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("jianwu.identity.token-ttl must be positive");
		}
	}

}
