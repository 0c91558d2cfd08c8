package cn.jianwu.channel.wechat.hall;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messages written on WeChat ({@code 留言 ...}) and their answers.
 *
 * @param baseUrl hall-service, called directly (not through the gateway): it accepts
 * {@code /internal/hall/**} only from the channel adapters' addresses
 * @param timeout one call to hall-service; with the rest of the callback it stays under
 * WeChat's 5 s
 */
@ConfigurationProperties("jianwu.wechat.hall")
public record HallProperties(@DefaultValue("http://127.0.0.1:8088") String baseUrl,
		@DefaultValue("3s") Duration timeout) {

}
