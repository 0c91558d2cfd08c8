package cn.jianwu.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

	@Test
	void aListeningPortIsTakenAndOpen() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = server.getLocalPort();

			assertThat(Ports.isFree(port)).isFalse();
			assertThat(Ports.isOpen("127.0.0.1", port, Duration.ofSeconds(1))).isTrue();
			assertThat(Ports.waitUntilOpen("127.0.0.1", port, Duration.ofSeconds(1), () -> true)).isTrue();
		}
	}

	@Test
	void aClosedPortIsFreeAndNotOpen() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}

		assertThat(Ports.isFree(port)).isTrue();
		assertThat(Ports.isOpen("127.0.0.1", port, Duration.ofMillis(500))).isFalse();
	}

	@Test
	void waitingStopsAsSoonAsTheCallerGivesUp() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}
		long started = System.nanoTime();

		assertThat(Ports.waitUntilOpen("127.0.0.1", port, Duration.ofSeconds(30), () -> false)).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

}
