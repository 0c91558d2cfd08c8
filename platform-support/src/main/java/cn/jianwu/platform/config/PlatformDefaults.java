package cn.jianwu.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every service shares (actuator exposure, probes, Problem Details, log
 * pattern), added with the lowest precedence so that a service's own
 * {@code application.yml} and the environment still win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	private static final String RESOURCE = "cn/jianwu/platform/platform-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (application.getWebApplicationType() == WebApplicationType.REACTIVE) {
			// The gateway (WebFlux) is the public entry and keeps its own settings.
			return;
		}
		try {
			for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("platformDefaults",
					new ClassPathResource(RESOURCE))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
