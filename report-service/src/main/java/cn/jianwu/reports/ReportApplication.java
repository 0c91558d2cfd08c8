package cn.jianwu.reports;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The accountability cycle (seed §三b, §五): the disclosure obligations and their
 * deadlines, the quarterly archive volumes, the half-yearly inspection report, the annual
 * report, case-management's figures and the departments' score sheets — all from a read
 * model of the platform's topics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReportApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportApplication.class, args);
	}

}
