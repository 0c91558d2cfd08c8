package cn.jianwu.channel.wechat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Publishes approved items to the WeChat official account; serves the WeChat callback.
 */
@SpringBootApplication
@EnableConfigurationProperties(WechatProperties.class)
public class WechatChannelApplication {

	public static void main(String[] args) {
		SpringApplication.run(WechatChannelApplication.class, args);
	}

}
