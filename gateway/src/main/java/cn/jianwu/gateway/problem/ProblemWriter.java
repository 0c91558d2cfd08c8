package cn.jianwu.gateway.problem;

import java.util.List;

import reactor.core.publisher.Mono;

import cn.jianwu.gateway.requestid.RequestIdWebFilter;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem as {@code application/problem+json} with the application's own codecs,
 * so that the error handler and the fallbacks answer in exactly the same shape.
 */
@Component
public class ProblemWriter {

	private final ServerResponse.Context context;

	public ProblemWriter(ServerCodecConfigurer codecs) {
		List<HttpMessageWriter<?>> writers = codecs.getWriters();
		this.context = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	/**
	 * The problem as a functional response, with the request id added so that a caller
	 * can quote it to the help desk.
	 * @param exchange the current exchange
	 * @param problem the problem to send
	 * @return the response
	 */
	public Mono<ServerResponse> response(ServerWebExchange exchange, ProblemDetail problem) {
		String requestId = exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return ServerResponse.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
	}

	/**
	 * Writes the problem straight into the exchange's response.
	 * @param exchange the current exchange
	 * @param problem the problem to send
	 * @return completion of the write
	 */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return response(exchange, problem).flatMap((response) -> response.writeTo(exchange, this.context));
	}

}
