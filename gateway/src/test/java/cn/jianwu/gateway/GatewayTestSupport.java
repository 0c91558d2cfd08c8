package cn.jianwu.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.testsupport.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One running gateway shared by the integration tests (same configuration, so Spring
 * caches one context), with stub services behind it and the real Redis of test-support
 * for the rate limiter. channel-wechat points at a closed port: it plays the service that
 * is down. The disclosure stub publishes the key set of {@link TestTokens}; the gateway
 * finds it through {@code DISCLOSURE_URL}, as it finds disclosure-service's by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.gateway.body-limits.staff=" + GatewayTestSupport.MAX_BODY_BYTES + "B",
				"jianwu.gateway.internal-networks=" + GatewayTestSupport.INTERNAL_NETWORKS,
				"resilience4j.timelimiter.configs.portal.timeout-duration=500ms",
				"resilience4j.timelimiter.configs.hall.timeout-duration=500ms" })
@AutoConfigureWebTestClient(timeout = "20s")
abstract class GatewayTestSupport {

	/** The staff routes' body limit in these tests. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	/**
	 * The console and staff APIs are served only to these networks in these tests: the
	 * test client itself (loopback) and the shared address space the tests' simulated
	 * clients come from ({@link #randomClient()}); {@link #OUTSIDE_CLIENT} is outside.
	 */
	static final String INTERNAL_NETWORKS = "127.0.0.0/8,::1/128,100.64.0.0/10";

	/** A client address outside {@link #INTERNAL_NETWORKS} (TEST-NET-3). */
	static final String OUTSIDE_CLIENT = "203.0.113.9";

	/** Also publishes the test key set, where disclosure-service publishes its own. */
	static final DownstreamStub DISCLOSURE = DownstreamStub.start("disclosure")
		.answer("/api/auth/jwks", TestTokens.jwks());

	static final DownstreamStub CASE_QUERY = DownstreamStub.start("case-query");

	static final DownstreamStub SEARCH = DownstreamStub.start("search");

	static final DownstreamStub PORTAL = DownstreamStub.start("portal");

	static final DownstreamStub HALL = DownstreamStub.start("hall");

	static final DownstreamStub REPORT = DownstreamStub.start("report");

	static final List<DownstreamStub> ALL_STUBS = List.of(DISCLOSURE, CASE_QUERY, SEARCH, PORTAL, HALL, REPORT);

	static final int CLOSED_PORT = closedPort();

	@Autowired
	protected WebTestClient client;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		registry.add("DISCLOSURE_URL", DISCLOSURE::baseUrl);
		registry.add("CASE_QUERY_URL", CASE_QUERY::baseUrl);
		registry.add("SEARCH_URL", SEARCH::baseUrl);
		registry.add("PORTAL_URL", PORTAL::baseUrl);
		registry.add("HALL_URL", HALL::baseUrl);
		registry.add("REPORT_URL", REPORT::baseUrl);
		registry.add("WECHAT_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
		// The rate limiter's buckets: the real Redis of test-support.
		TestInfrastructure.redis(registry);
	}

	/** An {@code Authorization} value with a valid staff token. */
	static String staffBearer() {
		return "Bearer " + TestTokens.valid();
	}

	/** Whether any stub saw a request whose path contains the given text. */
	static boolean anyStubSaw(String pathPart) {
		return ALL_STUBS.stream()
			.flatMap((stub) -> stub.requests().stream())
			.anyMatch((request) -> request.path().contains(pathPart));
	}

	/**
	 * A client address of its own (and so a bucket of its own in the shared Redis), to be
	 * sent as {@code X-Forwarded-For} (the test client is a trusted proxy).
	 */
	static String randomClient() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "100." + (64 + random.nextInt(64)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
