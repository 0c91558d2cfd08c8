package cn.jianwu.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the limit (64 KB in these tests) are refused with a 413 problem, whether
 * the caller declares a Content-Length or streams chunks without one; the service never
 * sees them. The paths are staff routes, so the requests carry a staff token.
 */
class BodyLimitIT extends GatewayTestSupport {

	private static final int CHUNK = 8 * 1024;

	@Test
	void declaredLengthOverTheLimitIsRefused() {
		this.client.post()
			.uri("/api/disclosures/too-large")
			.header("Authorization", staffBearer())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[MAX_BODY_BYTES + 1])
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://jianwu.cn/problems/payload-too-large")
			.jsonPath("$.title")
			.isEqualTo("请求内容过大");
		assertThat(DISCLOSURE.lastRequest("/api/disclosures/too-large")).isEmpty();
	}

	@Test
	void declaredLengthWithinTheLimitPasses() {
		this.client.post()
			.uri("/api/disclosures/fits")
			.header("Authorization", staffBearer())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[MAX_BODY_BYTES])
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.bodyLength")
			.isEqualTo(MAX_BODY_BYTES);
	}

	@Test
	void chunkedBodyOverTheLimitIsRefusedWhileStreaming() throws IOException {
		RawResponse response = postChunked("/api/redaction/chunked-too-large", 2 * MAX_BODY_BYTES / CHUNK);
		assertThat(response.statusLine()).startsWith("HTTP/1.1 413");
		assertThat(response.headers()).containsIgnoringCase("content-type: application/problem+json");
		assertThat(response.body()).contains("https://jianwu.cn/problems/payload-too-large").contains("请求内容过大");
		assertThat(DISCLOSURE.lastRequest("/api/redaction/chunked-too-large")).isEmpty();
	}

	@Test
	void chunkedBodyWithinTheLimitPasses() throws IOException {
		RawResponse response = postChunked("/api/redaction/chunked-fits", MAX_BODY_BYTES / CHUNK);
		assertThat(response.statusLine()).startsWith("HTTP/1.1 200");
		assertThat(DISCLOSURE.lastRequest("/api/redaction/chunked-fits").orElseThrow().bodyLength())
			.isEqualTo(MAX_BODY_BYTES);
	}

	@Test
	void bodiesOverTheLimitAreTheCallersFaultAndNeverOpenTheServicesCircuitBreaker() throws IOException {
		// Five calls with half of them failing would open the breaker (resilience4j.* in
		// application.yml).
		for (int i = 0; i < 8; i++) {
			assertThat(postChunked("/api/redaction/chunked-too-large", 2 * MAX_BODY_BYTES / CHUNK).statusLine())
				.startsWith("HTTP/1.1 413");
		}
		this.client.get()
			.uri("/api/redaction/after-the-flood")
			.header("Authorization", staffBearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

	/**
	 * Sends a body in chunks over a plain socket: HTTP clients tend to add a
	 * Content-Length on their own, which would not test the streaming check.
	 */
	private RawResponse postChunked(String path, int chunks) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nAuthorization: "
					+ staffBearer() + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
					+ "Connection: close\r\n\r\n";
			byte[] chunk = new byte[CHUNK];
			Arrays.fill(chunk, (byte) 'a');
			try {
				out.write(head.getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < chunks; i++) {
					out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// The gateway may answer and close before the whole body is sent.
			}
			return RawResponse.read(socket.getInputStream());
		}
	}

	private record RawResponse(String statusLine, String headers, String body) {

		static RawResponse read(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) != -1) {
				all.write(buffer, 0, n);
			}
			String text = all.toString(StandardCharsets.UTF_8);
			int headEnd = text.indexOf("\r\n\r\n");
			String head = (headEnd >= 0) ? text.substring(0, headEnd) : text;
			String body = (headEnd >= 0) ? text.substring(headEnd + 4) : "";
			int lineEnd = head.indexOf("\r\n");
			String statusLine = (lineEnd >= 0) ? head.substring(0, lineEnd) : head;
			return new RawResponse(statusLine, head, body);
		}

	}

}
