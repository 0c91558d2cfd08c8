package cn.jianwu.gateway.problem;

import java.util.Set;

import cn.jianwu.platform.web.InputProblems;
import cn.jianwu.platform.web.ProblemJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;

import org.springframework.http.MediaType;

/**
 * Gives a body to the bare 4xx answers Reactor Netty sends by itself, below WebFlux and
 * its error handler: a request line or header it cannot decode (400, 414, 431) and a
 * request target that is no URI (the adapter's 400). Such answers carry no content type
 * and no content; every other answer passes untouched.
 */
@Sharable
class BareErrorProblemHandler extends ChannelOutboundHandlerAdapter {

	private static final Set<Integer> STATUSES = Set.of(400, 413, 414, 431);

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
		if (message instanceof HttpResponse response && isBare(response)) {
			byte[] json = problemJson(response.status().code());
			response.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				.set(HttpHeaderNames.CONTENT_LENGTH, json.length);
			if (response instanceof FullHttpResponse full) {
				context.write(full.replace(Unpooled.wrappedBuffer(json)), promise);
				full.release();
				return;
			}
			context.write(response);
			ByteBuf body = Unpooled.wrappedBuffer(json);
			context.write(new DefaultHttpContent(body), promise);
			return;
		}
		context.write(message, promise);
	}

	private static boolean isBare(HttpResponse response) {
		if (!STATUSES.contains(response.status().code()) || response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
			return false;
		}
		if (response instanceof FullHttpResponse full) {
			return full.content().readableBytes() == 0 && !HttpUtil.isTransferEncodingChunked(full);
		}
		// A streamed answer is bare only when it says it has no content; a chunked one
		// may have some.
		return HttpUtil.getContentLength(response, -1L) == 0;
	}

	private static byte[] problemJson(int status) {
		return ProblemJson.of(InputProblems.malformedRequest(status), null);
	}

}
