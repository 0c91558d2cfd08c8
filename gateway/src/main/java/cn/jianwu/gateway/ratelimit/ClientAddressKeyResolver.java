package cn.jianwu.gateway.ratelimit;

import reactor.core.publisher.Mono;

import cn.jianwu.gateway.forwarding.ClientAddresses;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The rate limiter's key: the client's address as {@link ClientAddresses} resolves it
 * (the peer, or behind a trusted proxy the right-most untrusted {@code X-Forwarded-For}
 * address), so that nobody can choose their bucket by sending the header. Named in the
 * routes as {@code #{@clientAddressKeyResolver}}.
 */
@Component("clientAddressKeyResolver")
class ClientAddressKeyResolver implements KeyResolver {

	private final ClientAddresses clients;

	ClientAddressKeyResolver(ClientAddresses clients) {
		this.clients = clients;
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return Mono.just(this.clients.clientAddress(exchange.getRequest()));
	}

}
