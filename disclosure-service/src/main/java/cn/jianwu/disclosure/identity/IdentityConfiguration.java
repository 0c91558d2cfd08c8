package cn.jianwu.disclosure.identity;

import java.time.Clock;

import cn.jianwu.platform.security.PlatformJwtDecoders;
import cn.jianwu.platform.security.PlatformSecurityProperties;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.disclosure.audit.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The built-in issuer. While it is enabled (the default), this service checks tokens with
 * its own keys rather than fetching its own key set over HTTP: the same keys it
 * publishes, the same checks every other service makes (issuer, expiry; see
 * {@link PlatformJwtDecoders#validator}). With {@code jianwu.identity.enabled=false} the
 * platform's decoder takes over and trusts the configured external issuer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		return new BCryptPasswordEncoder(properties.bcryptStrength());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "jianwu.identity.enabled", matchIfMissing = true)
	static class BuiltInIssuer {

		@Bean
		SigningKeys signingKeys(JdbcClient jdbc, IdentityProperties properties, PlatformSecurityProperties security) {
			if (StringUtils.hasText(security.issuerUri())) {
				throw new IllegalStateException("JIANWU_JWT_ISSUER_URI names an external issuer, but this service "
						+ "still issues tokens itself: set JIANWU_IDENTITY_ENABLED=false to use the external issuer");
			}
			return new SigningKeys(jdbc, properties);
		}

		@Bean
		TokenIssuer tokenIssuer(SigningKeys keys, IdentityProperties properties, PlatformSecurityProperties security) {
			return new TokenIssuer(keys, security.issuer(), properties.audience(), properties.tokenTtl());
		}

		@Bean
		LoginPacing loginPacing(IdentityProperties properties) {
			return new LoginPacing(properties.pacing());
		}

		@Bean
		LoginFailures loginFailures(JdbcClient jdbc, LoginPacing pacing, ObjectProvider<Clock> clock) {
			return new LoginFailures(jdbc, pacing, clock.getIfAvailable(Clock::systemUTC));
		}

		@Bean
		LoginAlerts loginAlerts(JdbcClient jdbc, AuditTrail audit, PlatformTransactionManager transactions) {
			return new LoginAlerts(jdbc, audit, new TransactionTemplate(transactions));
		}

		@Bean
		StaffLogin staffLogin(StaffAccounts accounts, PasswordEncoder encoder, TokenIssuer issuer, LoginPacing pacing,
				LoginFailures failures, LoginAlerts alerts, IdentityProperties properties,
				ObjectProvider<Clock> clock) {
			return new StaffLogin(accounts, encoder, issuer, pacing,
					LoginKeyHasher.fromSecret(properties.keyEncryptionSecret()), failures, alerts,
					clock.getIfAvailable(Clock::systemUTC));
		}

		/**
		 * Who logs in: behind the gateway or the portal, from their
		 * {@code X-Forwarded-For}.
		 */
		@Bean
		ClientAddresses loginClients(IdentityProperties properties) {
			return new ClientAddresses(properties.trustedProxies(), null);
		}

		@Bean
		FailurePacing loginAnswerPacing() {
			return new FailurePacing("login-pacing");
		}

		@Bean
		JwtDecoder jwtDecoder(SigningKeys keys, PlatformSecurityProperties security) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys.verificationKeys())
				.jwsAlgorithm(SignatureAlgorithm.RS256)
				.build();
			decoder.setJwtValidator(PlatformJwtDecoders.validator(security));
			return decoder;
		}

	}

}
