package cn.jianwu.channel.wechat.hall;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Messages written on WeChat ({@code 留言 ...}) and their answers; appointments' notices
 * and the {@code 预约 ...} binding.
 *
 * @param baseUrl hall-service, called directly (not through the gateway): it accepts
 * {@code /internal/hall/**} only from the channel adapters' addresses
 * @param timeout one call to hall-service; with the rest of the callback it stays under
 * WeChat's 5 s
 * @param appointmentTemplateId the template (模板消息) registered on the account for
 * appointments' notices (first, keyword1 服务, keyword2 时间, keyword3 地点, remark); without
 * it no notice is sent and {@code 预约 ...} is declined
 */
@ConfigurationProperties("jianwu.wechat.hall")
public record HallProperties(@DefaultValue("http://127.0.0.1:8088") String baseUrl,
		@DefaultValue("3s") Duration timeout, String appointmentTemplateId) {

	public boolean appointmentNoticesConfigured() {
		return StringUtils.hasText(this.appointmentTemplateId);
	}

}
