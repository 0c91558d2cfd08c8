package cn.jianwu.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

import reactor.core.publisher.Mono;

import cn.jianwu.gateway.forwarding.ClientAddresses;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * With {@code jianwu.gateway.internal-networks} set, the console, staff login and the
 * staff APIs ({@link StaffRoutes}) are served only to clients in those networks; anyone
 * else gets the 404 Problem of an unknown path, so nothing on the internet reveals that a
 * console exists or offers a login to guess at. The client is the address the rate
 * limiters use ({@link ClientAddresses}: the peer, or behind a trusted proxy its
 * {@code X-Forwarded-For}). Without networks configured every client passes.
 */
@Component
@EnableConfigurationProperties(InternalNetworksProperties.class)
class InternalNetworksWebFilter implements WebFilter, Ordered {

	static final ServerWebExchangeMatcher INTERNAL_PATHS = new OrServerWebExchangeMatcher(
			ServerWebExchangeMatchers.pathMatchers("/console", "/console/**", "/api/auth/**"), StaffRoutes.MATCHER);

	private final List<IpSubnetFilterRule> networks;

	private final ClientAddresses clients;

	InternalNetworksWebFilter(InternalNetworksProperties properties, ClientAddresses clients) {
		// A malformed block fails at start-up, not on the first request.
		this.networks = properties.internalNetworks().stream().map(InternalNetworksWebFilter::network).toList();
		this.clients = clients;
	}

	@Override
	public int getOrder() {
		// After the path guard, before security (a stranger learns nothing from a 401).
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.networks.isEmpty()) {
			return chain.filter(exchange);
		}
		return INTERNAL_PATHS.matches(exchange).flatMap((match) -> {
			if (!match.isMatch() || isInternal(this.clients.clientAddress(exchange.getRequest()))) {
				return chain.filter(exchange);
			}
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		});
	}

	boolean isInternal(String address) {
		// Parsed as a literal only, never looked up: "unknown" or a name is inside no
		// network.
		InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
		if (parsed == null) {
			return false;
		}
		InetSocketAddress client = new InetSocketAddress(parsed, 0);
		return this.networks.stream().anyMatch((network) -> network.matches(client));
	}

	private static IpSubnetFilterRule network(String cidr) {
		int slash = cidr.indexOf('/');
		String address = (slash >= 0) ? cidr.substring(0, slash) : cidr;
		if (!NetUtil.isValidIpV4Address(address) && !NetUtil.isValidIpV6Address(address)) {
			throw new IllegalArgumentException("Not a CIDR block in jianwu.gateway.internal-networks: " + cidr);
		}
		int bits = (address.indexOf(':') >= 0) ? 128 : 32;
		int prefix = (slash >= 0) ? Integer.parseInt(cidr.substring(slash + 1)) : bits;
		return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
	}

}
