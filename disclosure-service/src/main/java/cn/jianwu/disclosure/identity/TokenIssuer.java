package cn.jianwu.disclosure.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs staff access tokens: RS256 with the current key (its id in {@code kid}), claims
 * {@code iss}, {@code sub} (the username), {@code aud}, {@code name}, {@code roles},
 * {@code department}, {@code iat}, {@code exp} and {@code jti}.
 */
class TokenIssuer {

	private final SigningKeys keys;

	private final String issuer;

	private final String audience;

	private final Duration ttl;

	TokenIssuer(SigningKeys keys, String issuer, String audience, Duration ttl) {
		this.keys = keys;
		this.issuer = issuer;
		this.audience = audience;
		this.ttl = ttl;
	}

	IssuedToken issue(StaffAccount account, Instant issuedAt) {
		Instant expiresAt = issuedAt.plus(this.ttl);
		List<String> roles = account.roles().stream().map(StaffRole::name).toList();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(account.username())
			.audience(this.audience)
			.claim("name", account.displayName())
			.claim("roles", roles)
			.claim("department", account.department())
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.jwtID(UUID.randomUUID().toString())
			.build();
		RSAKey key = this.keys.current();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
		return new IssuedToken(jwt.serialize(), expiresAt, this.ttl, account);
	}

	/** A signed token and what the login answer tells about it. */
	record IssuedToken(String value, Instant expiresAt, Duration ttl, StaffAccount account) {

	}

}
