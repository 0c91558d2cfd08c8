package cn.jianwu.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;

/**
 * Who the client of a public request is, for throttles and audits (services keep it only
 * as a keyed hash). Behind the gateway, the client is the right-most address of
 * {@code X-Forwarded-For} that is not a trusted proxy; the header of anyone else is
 * ignored, so a caller who bypasses the gateway is counted by its own address and cannot
 * name another. A channel adapter calling directly may name its user in
 * {@code X-Channel-User} (e.g. WeChat's openid), so that one WeChat user cannot use up
 * the throttle of all the others.
 * <p>
 * Each service declares one as a bean from its own configuration (which addresses are its
 * proxies and its channel adapters).
 */
public final class ClientAddresses {

	public static final String CHANNEL_USER = InternalHeaders.CHANNEL_USER;

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final int MAX_LENGTH = 128;

	private final Pattern trustedProxies;

	private final Pattern channelCallers;

	/**
	 * @param trustedProxies regex of peer addresses (the gateway, a load balancer) whose
	 * {@code X-Forwarded-For} is believed; none when empty
	 * @param channelCallers regex of peer addresses allowed on {@code /internal/**} (the
	 * channel adapters); none when empty
	 */
	public ClientAddresses(String trustedProxies, String channelCallers) {
		this.trustedProxies = compile(trustedProxies);
		this.channelCallers = compile(channelCallers);
	}

	/** The client, e.g. {@code 203.0.113.7} or {@code user:oX1…}. */
	public String clientKey(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (isChannelCaller(request) && request.getHeader(FORWARDED_FOR) == null) {
			String user = request.getHeader(CHANNEL_USER);
			if (StringUtils.hasText(user) && user.length() <= MAX_LENGTH) {
				return "user:" + user.trim();
			}
		}
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
