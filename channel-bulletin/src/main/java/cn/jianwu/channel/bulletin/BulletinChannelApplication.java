package cn.jianwu.channel.bulletin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The LAN bulletin and the hall display screens, on the internal network only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BulletinChannelApplication {

	public static void main(String[] args) {
		SpringApplication.run(BulletinChannelApplication.class, args);
	}

}
