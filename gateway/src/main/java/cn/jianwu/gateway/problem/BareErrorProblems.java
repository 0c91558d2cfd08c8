package cn.jianwu.gateway.problem;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link BareErrorProblemHandler} right behind Netty's HTTP codec, where it sees the
 * answers Reactor Netty writes itself for requests it cannot decode, before WebFlux.
 */
@Component
class BareErrorProblems implements NettyServerCustomizer {

	private static final BareErrorProblemHandler HANDLER = new BareErrorProblemHandler();

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, "jianwu.bareErrorProblems", HANDLER);
			}
		});
	}

}
