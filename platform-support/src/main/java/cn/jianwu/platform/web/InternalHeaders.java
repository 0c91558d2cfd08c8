package cn.jianwu.platform.web;

import java.util.List;

/**
 * Headers that only the platform's own parts may send to each other. A service believes
 * them only from its configured callers (channel adapters, the portal); the gateway
 * removes every one of them from public requests, so that nobody on the internet can
 * claim a channel's allowance or name another user's throttle bucket.
 */
public final class InternalHeaders {

	/** The user a channel adapter calls for (e.g. a hash of a WeChat openid). */
	public static final String CHANNEL_USER = "X-Channel-User";

	/**
	 * The channel a case query comes from (hotline, kiosk, WeChat); chosen by the caller.
	 */
	public static final String QUERY_CHANNEL = "X-Query-Channel";

	/** Every internal header; add a new one here and the gateway strips it too. */
	public static final List<String> ALL = List.of(CHANNEL_USER, QUERY_CHANNEL);

	private InternalHeaders() {
	}

}
