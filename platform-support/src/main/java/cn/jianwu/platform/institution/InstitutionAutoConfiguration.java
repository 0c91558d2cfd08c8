package cn.jianwu.platform.institution;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link InstitutionProperties} in every service. */
@AutoConfiguration
@EnableConfigurationProperties(InstitutionProperties.class)
public class InstitutionAutoConfiguration {

}
