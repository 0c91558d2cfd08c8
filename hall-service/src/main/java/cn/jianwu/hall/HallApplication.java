package cn.jianwu.hall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The online service hall (网上检察服务大厅): what the public writes in — consultations,
 * suggestions, complaints and reports, feedback on a disclosure, responses to open calls
 * — answered on the 7-day/3-month clock. Emits {@code hall.events} through a
 * transactional outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HallApplication {

	public static void main(String[] args) {
		SpringApplication.run(HallApplication.class, args);
	}

}
