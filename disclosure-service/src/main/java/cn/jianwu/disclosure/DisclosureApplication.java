package cn.jianwu.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Disclosure items, their approval workflow, redaction and audit. Publishes
 * {@code disclosure.events} through a transactional outbox.
 */
@SpringBootApplication
@EnableScheduling
public class DisclosureApplication {

	public static void main(String[] args) {
		SpringApplication.run(DisclosureApplication.class, args);
	}

}
