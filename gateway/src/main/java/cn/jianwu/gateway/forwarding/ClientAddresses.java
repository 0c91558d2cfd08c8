package cn.jianwu.gateway.forwarding;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who the client of a request is: the peer address, unless the peer is a trusted proxy
 * ({@code spring.cloud.gateway.server.webflux.trusted-proxies}, e.g. a load balancer in
 * front of the gateway), in which case the right-most address of its
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Nobody else can choose the
 * address they are taken for by sending the header. The rate limiters' key and the
 * internal-networks rule both ask here.
 */
@Component
public class ClientAddresses {

	private static final int MAX_LENGTH = 64;

	private final Pattern trustedProxies;

	public ClientAddresses(GatewayProperties properties) {
		String regex = properties.getTrustedProxies();
		// No pattern means no proxy is trusted, not that every proxy is.
		this.trustedProxies = StringUtils.hasText(regex) ? Pattern.compile(regex) : null;
	}

	/**
	 * The client's address.
	 * @param request the request
	 * @return e.g. {@code 203.0.113.7}, or {@code unknown} without a peer address
	 */
	public String clientAddress(ServerHttpRequest request) {
		String peer = peerAddress(request);
		if (peer == null) {
			return "unknown";
		}
		if (!isTrustedProxy(peer)) {
			return peer;
		}
		List<String> chain = new ArrayList<>();
		List<String> claimed = request.getHeaders().get("X-Forwarded-For");
		if (claimed != null) {
			claimed.stream()
				.flatMap((value) -> Arrays.stream(StringUtils.tokenizeToStringArray(value, ",")))
				.filter((address) -> address.length() <= MAX_LENGTH)
				.forEach(chain::add);
		}
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (!isTrustedProxy(chain.get(i))) {
				return chain.get(i);
			}
		}
		return peer;
	}

	/**
	 * Whether an address is one of the trusted proxies, whose {@code X-Forwarded-*}
	 * claims are believed.
	 * @param address an address, e.g. the peer's
	 * @return {@code true} if it matches {@code trusted-proxies}
	 */
	public boolean isTrustedProxy(String address) {
		return this.trustedProxies != null && this.trustedProxies.matcher(address).matches();
	}

	/**
	 * The address of the request's peer (the caller, or a proxy in front of the gateway).
	 * @param request the request
	 * @return e.g. {@code 203.0.113.7}, or {@code null} without a peer address
	 */
	public static String peerAddress(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : null;
	}

}
