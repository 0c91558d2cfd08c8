package cn.jianwu.hall.hashing;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The keyed hash of the service. {@code jianwu.hall.hash-key} ({@code HALL_HASH_KEY}, at
 * least 32 characters) must be set in every real deployment, the same on every instance,
 * and never changed while messages are being looked up (every code hash depends on it).
 * Without it the service uses a built-in key that is public in this repository, and says
 * so at start-up.
 */
@Configuration(proxyBeanMethods = false)
class HashingConfiguration {

	/** Public in the repository: for development and tests only. */
	static final String INSECURE_DEVELOPMENT_KEY = "INSECURE-development-only-hall-hash-key-do-not-deploy";

	private static final Logger log = LoggerFactory.getLogger(HashingConfiguration.class);

	@Bean
	HallHash hallHash(@Value("${jianwu.hall.hash-key:}") String configured) {
		if (!StringUtils.hasText(configured)) {
			log.warn("HALL_HASH_KEY is not set: tracking and check codes are hashed with the built-in, publicly known "
					+ "development key. Set HALL_HASH_KEY (32+ characters, the same on every instance) before the hall "
					+ "takes real messages.");
			return new HallHash(INSECURE_DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8));
		}
		if (configured.length() < 32) {
			throw new IllegalStateException("HALL_HASH_KEY must have at least 32 characters");
		}
		return new HallHash(configured.getBytes(StandardCharsets.UTF_8));
	}

}
