package cn.jianwu.hall.throttle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who the client of a request is, for the throttles (only ever used as a keyed hash).
 * Behind the gateway, the client is the right-most address of {@code X-Forwarded-For}
 * that is not a trusted proxy; anyone else's header is ignored, so that a caller who
 * bypasses the gateway is counted by its own address and cannot name another.
 * <p>
 * The same rule as case-query-service's; kept here rather than shared because that one
 * also reads the channel adapters' {@code X-Channel-User}, which the hall does not need
 * (WeChat writers are throttled by their openid, from the request itself).
 */
@Component
public class ClientAddresses {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final int MAX_LENGTH = 128;

	private final Pattern trustedProxies;

	private final Pattern channelCallers;

	ClientAddresses(ThrottleProperties properties) {
		this.trustedProxies = compile(properties.trustedProxies());
		this.channelCallers = compile(properties.channelCallers());
	}

	/** The client's address, e.g. {@code 203.0.113.7}. */
	public String clientKey(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!matches(this.trustedProxies, peer)) {
			return peer;
		}
		List<String> chain = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
			for (String address : StringUtils.tokenizeToStringArray(header, ",")) {
				if (address.length() <= MAX_LENGTH) {
					chain.add(address);
				}
			}
		}
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (!matches(this.trustedProxies, chain.get(i))) {
				return chain.get(i);
			}
		}
		return chain.isEmpty() ? peer : chain.get(0);
	}

	/** Whether the peer is a channel adapter, allowed on {@code /internal/**}. */
	public boolean isChannelCaller(HttpServletRequest request) {
		return matches(this.channelCallers, request.getRemoteAddr());
	}

	private static boolean matches(Pattern pattern, String address) {
		return pattern != null && address != null && pattern.matcher(address).matches();
	}

	private static Pattern compile(String regex) {
		return StringUtils.hasText(regex) ? Pattern.compile(regex) : null;
	}

}
