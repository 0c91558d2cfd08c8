package cn.jianwu.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Strict JSON typing and the control-character refusal for every service's
 * {@code JsonMapper}, through Boot's customizer so that Boot's own settings stay.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class PlatformJsonAutoConfiguration {

	@Bean
	JsonMapperBuilderCustomizer platformStrictJson() {
		return new StrictJson();
	}

}
