package cn.jianwu.reports.obligation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The obligations' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReportDepartments.class, ObligationProperties.class })
class ObligationConfiguration {

}
