package cn.jianwu.gateway.balancing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.client.ServiceInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReadyReplicasTest {

	private final Replica first = new Replica(200);

	private final Replica second = new Replica(503);

	@AfterEach
	void stop() {
		this.first.server.stop(0);
		this.second.server.stop(0);
	}

	@Test
	void aReplicaThatIsNotReadyGetsNoRequestsUntilItIs() {
		try (ReadyReplicas replicas = new ReadyReplicas("case-query-service",
				List.of(this.first.url(), " " + this.second.url()), Duration.ofMillis(100))) {
			await().atMost(Duration.ofSeconds(5)).until(() -> ports(replicas).equals(List.of(this.first.port())));

			this.second.status.set(200);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> ports(replicas).equals(List.of(this.first.port(), this.second.port())));
		}
	}

	@Test
	void whenNoReplicaIsReadyAllOfThemStayInTheList() {
		this.first.status.set(503);
		try (ReadyReplicas replicas = new ReadyReplicas("case-query-service",
				List.of(this.first.url(), this.second.url()), Duration.ofMillis(100))) {
			await().pollDelay(Duration.ofMillis(500))
				.atMost(Duration.ofSeconds(5))
				.until(() -> ports(replicas).size() == 2);
			assertThat(replicas.get().blockFirst()).extracting(ServiceInstance::getServiceId)
				.containsOnly("case-query-service");
		}
	}

	private static List<Integer> ports(ReadyReplicas replicas) {
		return replicas.ready().stream().map(ServiceInstance::getPort).toList();
	}

	/** A replica whose readiness probe answers the status a test sets. */
	private static final class Replica {

		final AtomicInteger status;

		final HttpServer server;

		Replica(int status) {
			this.status = new AtomicInteger(status);
			try {
				this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			this.server.createContext("/actuator/health/readiness", (exchange) -> {
				exchange.sendResponseHeaders(this.status.get(), -1);
				exchange.close();
			});
			this.server.start();
		}

		int port() {
			return this.server.getAddress().getPort();
		}

		String url() {
			return "http://127.0.0.1:" + port();
		}

	}

}
