package cn.jianwu.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of large bodies at the public case query (whose limit is a few KB) costs the
 * gateway neither memory nor its health: 100 clients at once each declare and start
 * sending a 12 MB body, and every one gets the 413 Problem quickly, without the service
 * seeing any of them and without the heap holding on to the bodies (the gateway runs in
 * this JVM, so its heap is measured here).
 */
class BodyFloodIT extends GatewayTestSupport {

	private static final int CLIENTS = 100;

	private static final long BODY_BYTES = DataSize.ofMegabytes(12).toBytes();

	private static final int CHUNK = 64 * 1024;

	@Test
	void hundredConcurrentTwelveMegabyteQueriesAllGetPayloadTooLargeQuickly() throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		int queriesBefore = countQueries();

		long start = System.nanoTime();
		List<String> statusLines;
		ExecutorService threads = Executors.newFixedThreadPool(2 * CLIENTS);
		try {
			List<CompletableFuture<String>> answers = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> postLargeQuery(threads), threads));
			}
			statusLines = answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(statusLines).hasSize(CLIENTS).allMatch((line) -> line.startsWith("HTTP/1.1 413"));
		assertThat(took).isLessThan(Duration.ofSeconds(10));
		assertThat(countQueries()).isEqualTo(queriesBefore);
		memory.gc();
		long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
		// 100 bodies of 12 MB would be 1.2 GB; what remains must be less than two of them
		// (first requests
		// through a fresh gateway create some caches and pools of their own).
		assertThat(heapGrowth).as("heap growth %d bytes", heapGrowth).isLessThan(2 * BODY_BYTES);

		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private static int countQueries() {
		return (int) CASE_QUERY.requests().stream().filter((r) -> r.path().equals("/api/cases/query")).count();
	}

	/**
	 * Declares a 12 MB JSON body and keeps sending it (on a thread of its own) while
	 * waiting for the answer, as an attacker at full speed would.
	 * @return the answer's status line
	 */
	private String postLargeQuery(ExecutorService threads) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			String head = "POST /api/cases/query HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nX-Forwarded-For: "
					+ randomClient() + "\r\nContent-Type: application/json\r\nContent-Length: " + BODY_BYTES
					+ "\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			CompletableFuture.runAsync(() -> sendBody(out), threads);
			return statusLine(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sendBody(OutputStream out) {
		byte[] chunk = new byte[CHUNK];
		try {
			for (long sent = 0; sent < BODY_BYTES; sent += CHUNK) {
				out.write(chunk);
			}
			out.flush();
		}
		catch (IOException ex) {
			// The gateway answered and closed the connection: the point of the test.
		}
	}

	private static String statusLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			line.write(b);
		}
		return line.toString(StandardCharsets.US_ASCII).trim();
	}

}
