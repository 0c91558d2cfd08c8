package cn.jianwu.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * What an OpenTelemetry collector's OTLP/HTTP trace receiver does, as far as the test
 * needs it: it takes {@code POST /v1/traces} in the protocol's binary protobuf encoding,
 * answers as the protocol says, and keeps every span with the name of the service that
 * exported it. Anything it cannot decode is answered 400 and counted, so that a broken
 * export fails the test instead of passing unseen.
 */
final class OtlpCollector implements AutoCloseable {

	/** One exported span, ids in lower-case hex as in W3C traceparent. */
	record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String kind, String name) {
	}

	private final HttpServer server;

	private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private OtlpCollector(HttpServer server) {
		this.server = server;
	}

	static OtlpCollector start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		OtlpCollector collector = new OtlpCollector(server);
		server.createContext("/v1/traces", collector::receive);
		server.start();
		return collector;
	}

	/** The endpoint a service's trace exporter is given. */
	String tracesEndpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1/traces";
	}

	List<ExportedSpan> spans() {
		return List.copyOf(this.spans);
	}

	List<ExportedSpan> trace(String traceId) {
		return this.spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	/** Requests that were not an OTLP trace export (method, content type or body). */
	List<String> refused() {
		return List.copyOf(this.refused);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			if (!"POST".equals(exchange.getRequestMethod()) || type == null
					|| !type.startsWith("application/x-protobuf")) {
				this.refused.add(exchange.getRequestMethod() + " " + type);
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			ExportTraceServiceRequest request;
			try {
				request = ExportTraceServiceRequest.parseFrom(body);
			}
			catch (IOException ex) {
				this.refused.add("undecodable body: " + ex.getMessage());
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			keep(request);
			byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, (answer.length > 0) ? answer.length : -1);
			if (answer.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
		}
	}

	private void keep(ExportTraceServiceRequest request) {
		HexFormat hex = HexFormat.of();
		for (ResourceSpans resource : request.getResourceSpansList()) {
			String service = resource.getResource()
				.getAttributesList()
				.stream()
				.filter((attribute) -> attribute.getKey().equals("service.name"))
				.map(KeyValue::getValue)
				.map((value) -> value.getStringValue())
				.findFirst()
				.orElse("?");
			for (ScopeSpans scope : resource.getScopeSpansList()) {
				scope.getSpansList()
					.forEach((span) -> this.spans
						.add(new ExportedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
								hex.formatHex(span.getSpanId().toByteArray()),
								hex.formatHex(span.getParentSpanId().toByteArray()), span.getKind().name(),
								span.getName())));
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
