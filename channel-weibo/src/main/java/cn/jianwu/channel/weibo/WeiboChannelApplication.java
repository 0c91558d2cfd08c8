package cn.jianwu.channel.weibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Posts approved items to the institution's Sina Weibo account and reports each delivery.
 */
@SpringBootApplication
public class WeiboChannelApplication {

	public static void main(String[] args) {
		SpringApplication.run(WeiboChannelApplication.class, args);
	}

}
