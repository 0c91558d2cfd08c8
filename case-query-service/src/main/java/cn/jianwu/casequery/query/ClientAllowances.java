package cn.jianwu.casequery.query;

import java.util.regex.Pattern;

import cn.jianwu.casequery.api.query.QueryChannel;

import org.springframework.util.StringUtils;

/**
 * Which throttle a query counts against. The channel is the caller's claim (a body field
 * or a header anyone can send), so a larger allowance goes only to the addresses that
 * really serve many people: the IVR platform (one client for every caller of the hotline)
 * and the service hall's kiosks (one kiosk for every visitor). A claim from any other
 * address gets the public allowance.
 */
final class ClientAllowances {

	private final QueryProperties.Throttle throttle;

	private final Pattern ivr;

	private final Pattern kiosks;

	ClientAllowances(QueryProperties properties) {
		this.throttle = properties.throttle();
		this.ivr = pattern(properties.clients().ivr());
		this.kiosks = pattern(properties.clients().kiosks());
	}

	/**
	 * @param channel the channel the caller claims
	 * @param clientKey the client as told by {@code ClientAddresses}
	 * @return the allowance the query counts against
	 */
	Allowance of(QueryChannel channel, String clientKey) {
		if (channel == QueryChannel.HOTLINE && matches(this.ivr, clientKey)) {
			return new Allowance("cq:throttle:hotline:", this.throttle.hotlineMaxPerWindow());
		}
		if (channel == QueryChannel.KIOSK && matches(this.kiosks, clientKey)) {
			return new Allowance("cq:throttle:kiosk:", this.throttle.kioskMaxPerWindow());
		}
		return new Allowance("cq:throttle:", this.throttle.maxPerWindow());
	}

	private static Pattern pattern(String addresses) {
		return StringUtils.hasText(addresses) ? Pattern.compile(addresses) : null;
	}

	private static boolean matches(Pattern addresses, String clientKey) {
		return addresses != null && clientKey != null && addresses.matcher(clientKey).matches();
	}

	/**
	 * @param keyPrefix the Redis key prefix of the window (the client's hash follows)
	 * @param max queries allowed in the window
	 */
	record Allowance(String keyPrefix, int max) {
	}

}
