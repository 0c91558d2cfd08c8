package cn.jianwu.casequery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Case procedural information and the four-in-one query (web, hotline, WeChat, kiosk,
 * desk). Emits {@code case.progress} through a transactional outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseQueryApplication {

	public static void main(String[] args) {
		SpringApplication.run(CaseQueryApplication.class, args);
	}

}
