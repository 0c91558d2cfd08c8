package cn.jianwu.casequery.hashing;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The keyed hash of the service. {@code jianwu.case-query.hash-key}
 * ({@code CASEQUERY_HASH_KEY}, at least 32 characters) must be set in every real
 * deployment, the same on every instance, and never changed while credentials are in use
 * (every code and ID hash depends on it). Without it the service uses a built-in key that
 * is public in this repository, and says so at start-up.
 */
@Configuration(proxyBeanMethods = false)
class HashingConfiguration {

	/** Public in the repository: for development and tests only. */
	static final String INSECURE_DEVELOPMENT_KEY = "INSECURE-development-only-casequery-hash-key-do-not-deploy";

	private static final Logger log = LoggerFactory.getLogger(HashingConfiguration.class);

	@Bean
	KeyedHash keyedHash(@Value("${jianwu.case-query.hash-key:}") String configured) {
		if (!StringUtils.hasText(configured)) {
			log.warn("CASEQUERY_HASH_KEY is not set: query codes and ID numbers are hashed with the built-in, "
					+ "publicly known development key. Set CASEQUERY_HASH_KEY (32+ characters, the same on every "
					+ "instance) before any real credential is issued.");
			return new KeyedHash(INSECURE_DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8));
		}
		if (configured.length() < 32) {
			throw new IllegalStateException("CASEQUERY_HASH_KEY must have at least 32 characters");
		}
		return new KeyedHash(configured.getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	QueryCodes queryCodes() {
		return new QueryCodes();
	}

}
