package cn.jianwu.casequery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Case procedural information and the four-in-one query (web, hotline, WeChat, kiosk,
 * desk). Emits {@code case.progress}.
 */
@SpringBootApplication
public class CaseQueryApplication {

	public static void main(String[] args) {
		SpringApplication.run(CaseQueryApplication.class, args);
	}

}
