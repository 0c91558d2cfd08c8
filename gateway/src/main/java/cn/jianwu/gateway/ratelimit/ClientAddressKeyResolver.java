package cn.jianwu.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The rate limiter's key: the client's address. The peer address, unless the peer is a
 * trusted proxy ({@code spring.cloud.gateway.server.webflux.trusted-proxies}, e.g. a load
 * balancer in front of the gateway), in which case the right-most address of its
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Nobody else can choose
 * their bucket by sending the header. Named in the routes as
 * {@code #{@clientAddressKeyResolver}}.
 */
@Component("clientAddressKeyResolver")
class ClientAddressKeyResolver implements KeyResolver {

	private static final int MAX_LENGTH = 64;

	private final Pattern trustedProxies;

	ClientAddressKeyResolver(GatewayProperties properties) {
		String regex = properties.getTrustedProxies();
		this.trustedProxies = StringUtils.hasText(regex) ? Pattern.compile(regex) : null;
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return Mono.just(clientAddress(exchange.getRequest()));
	}

	String clientAddress(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		String peer = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: "unknown";
		if (!isTrusted(peer)) {
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
			if (!isTrusted(chain.get(i))) {
				return chain.get(i);
			}
		}
		return peer;
	}

	private boolean isTrusted(String address) {
		return this.trustedProxies != null && this.trustedProxies.matcher(address).matches();
	}

}
