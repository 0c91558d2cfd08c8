package cn.jianwu.channel.wechat.casequery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Case lookups by message and progress notifications.
 *
 * @param baseUrl case-query-service, called directly (not through the gateway): it
 * accepts {@code X-Channel-User} and {@code /internal/**} only from the channel adapters'
 * addresses
 * @param timeout one call to case-query-service; with the rest of the callback it stays
 * under WeChat's 5 s
 * @param progressTemplateId the template (模板消息) registered on the account for progress
 * notices; without it nobody can bind, since nothing could be sent
 * @param maxBindingsPerUser how many cases one WeChat user may follow
 * @param lockoutTemplateId the template registered on the account for lock-out notices
 * (the bound credential's code locked repeatedly); without it none are sent
 */
@ConfigurationProperties("jianwu.wechat.case-query")
public record CaseQueryProperties(@DefaultValue("http://127.0.0.1:8082") String baseUrl,
		@DefaultValue("3s") Duration timeout, String progressTemplateId, @DefaultValue("5") int maxBindingsPerUser,
		String lockoutTemplateId) {

	/** Whether progress notices can be sent at all. */
	public boolean notificationsConfigured() {
		return StringUtils.hasText(this.progressTemplateId);
	}

}
