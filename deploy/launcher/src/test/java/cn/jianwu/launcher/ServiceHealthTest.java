package cn.jianwu.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceHealthTest {

	@Test
	void theOverallStatusIsTheFirstOne() {
		assertThat(ServiceHealth.parse("{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}"))
			.contains("UP");
		assertThat(ServiceHealth.parse("{\"status\":\"DOWN\",\"components\":{\"kafka\":{\"status\":\"UP\"}}}"))
			.contains("DOWN");
		assertThat(ServiceHealth.parse("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")).contains("UP");
		assertThat(ServiceHealth.parse("{\"components\":{\"db\":{\"status\":\"UP\"}},\"status\":\"DOWN\"}"))
			.contains("DOWN");
		assertThat(ServiceHealth.parse("{\"note\":\"a \\\"status\\\":\\\"UP\\\" in a string\"}")).isEmpty();
		assertThat(ServiceHealth.parse("<html>Whitelabel Error Page</html>")).isEmpty();
	}

	@Test
	void nothingListeningIsNoAnswer() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}

		assertThat(ServiceHealth.status("http://127.0.0.1:" + port + "/actuator/health"))
			.isEqualTo(ServiceHealth.NO_ANSWER);
	}

}
