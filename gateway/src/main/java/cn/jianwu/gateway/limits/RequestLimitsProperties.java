package cn.jianwu.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the gateway enforces on every request before any service sees it.
 *
 * @param maxBodySize the largest request body accepted; attachments of a disclosure are
 * the biggest legitimate bodies
 */
@ConfigurationProperties("jianwu.gateway")
public record RequestLimitsProperties(@DefaultValue("12MB") DataSize maxBodySize) {

}
