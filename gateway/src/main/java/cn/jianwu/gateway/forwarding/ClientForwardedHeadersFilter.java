package cn.jianwu.gateway.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who the client is: {@code X-Forwarded-For/Proto/Host/Port}.
 * <p>
 * The gateway's own X-Forwarded filter is switched off in {@code application.yml}: when
 * trusted proxies are configured it drops the headers entirely for any client that is not
 * itself a trusted proxy, so services would never learn a public caller's address. Here
 * the peer address is always forwarded; what a caller claims in its own X-Forwarded
 * headers is kept only when the peer is a trusted proxy (for example a load balancer in
 * front of the gateway), and replaced otherwise, so that nobody can pose as another
 * address to the case-query lock-out or to the audit log.
 */
@Component
class ClientForwardedHeadersFilter implements HttpHeadersFilter, Ordered {

	static final String FOR = "X-Forwarded-For";

	static final String PROTO = "X-Forwarded-Proto";

	static final String HOST = "X-Forwarded-Host";

	static final String PORT = "X-Forwarded-Port";

	private static final List<String> ALL = List.of(FOR, PROTO, HOST, PORT, "X-Forwarded-Prefix", "Forwarded");

	private final ClientAddresses clients;

	ClientForwardedHeadersFilter(ClientAddresses clients) {
		this.clients = clients;
	}

	@Override
	public int getOrder() {
		// After the gateway's own header filters, so that nothing overwrites these.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders incoming = request.getHeaders();
		HttpHeaders updated = HttpHeaders.copyOf(input);
		ALL.forEach(updated::remove);

		String peer = ClientAddresses.peerAddress(request);
		boolean fromTrustedProxy = peer != null && this.clients.isTrustedProxy(peer);

		List<String> chain = new ArrayList<>();
		if (fromTrustedProxy) {
			List<String> claimed = incoming.get(FOR);
			if (claimed != null) {
				claimed.stream()
					.flatMap((value) -> Arrays.stream(StringUtils.tokenizeToStringArray(value, ",")))
					.forEach(chain::add);
			}
		}
		if (peer != null) {
			chain.add(peer);
		}
		if (!chain.isEmpty()) {
			updated.set(FOR, String.join(", ", chain));
		}

		String proto = request.getURI().getScheme();
		int port = request.getURI().getPort();
		String host = incoming.getFirst(HttpHeaders.HOST);
		if (!StringUtils.hasText(host) && request.getURI().getHost() != null) {
			// HTTP/1.0 callers may omit Host; the URI was built from what they sent.
			host = request.getURI().getHost() + ((port > 0) ? ":" + port : "");
		}
		String portText = (port > 0) ? String.valueOf(port) : ("https".equals(proto) ? "443" : "80");
		updated.set(PROTO, claimedOr(fromTrustedProxy, incoming, PROTO, proto));
		String forwardedHost = claimedOr(fromTrustedProxy, incoming, HOST, host);
		if (StringUtils.hasText(forwardedHost)) {
			updated.set(HOST, forwardedHost);
		}
		updated.set(PORT, claimedOr(fromTrustedProxy, incoming, PORT, portText));
		return updated;
	}

	private static String claimedOr(boolean trusted, HttpHeaders incoming, String name, String own) {
		String claimed = trusted ? incoming.getFirst(name) : null;
		return StringUtils.hasText(claimed) ? claimed.trim() : own;
	}

}
