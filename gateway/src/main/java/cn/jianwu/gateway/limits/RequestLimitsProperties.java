package cn.jianwu.gateway.limits;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the gateway lets through, by name. A route names its limit
 * in its metadata ({@code body-limit: lookup}); a route that names none accepts no body,
 * as fits the GET-only routes.
 *
 * @param bodyLimits each named limit, e.g. {@code staff} (attachments, 12 MB),
 * {@code lookup} (the case query, the hotline, code look-ups: a few KB), {@code callback}
 * (WeChat's messages)
 */
@ConfigurationProperties("jianwu.gateway")
public record RequestLimitsProperties(Map<String, DataSize> bodyLimits) {

	/** The metadata key of a route that names its body limit. */
	public static final String ROUTE_METADATA_KEY = "body-limit";

	public RequestLimitsProperties {
		bodyLimits = (bodyLimits != null) ? Map.copyOf(bodyLimits) : Map.of();
	}

}
