package cn.jianwu.channel.weibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Posts approved items to the institution's Sina Weibo account and reports each delivery.
 * The ledger, queue, Resilience4j and reports come from channel-support; this service
 * declares the Weibo channel ({@code posting.WeiboChannel}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeiboChannelApplication {

	public static void main(String[] args) {
		SpringApplication.run(WeiboChannelApplication.class, args);
	}

}
