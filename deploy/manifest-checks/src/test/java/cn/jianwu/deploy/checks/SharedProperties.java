package cn.jianwu.deploy.checks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The environment variables every service reads without a placeholder of ours: those that
 * bind by Spring Boot's relaxed binding to platform-support's configuration properties
 * (e.g. {@code JIANWU_INSTITUTION_NAME} to {@code jianwu.institution.name}), named from
 * the properties' own records so that a renamed setting fails here.
 */
final class SharedProperties {

	static final Set<String> NAMES = variables(InstitutionProperties.class);

	private SharedProperties() {
	}

	static Set<String> variables(Class<? extends Record> properties) {
		ConfigurationProperties binding = properties.getAnnotation(ConfigurationProperties.class);
		String prefix = binding.prefix().isEmpty() ? binding.value() : binding.prefix();
		String base = prefix.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
		return Arrays.stream(properties.getRecordComponents())
			.map((component) -> base + "_" + component.getName().toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
