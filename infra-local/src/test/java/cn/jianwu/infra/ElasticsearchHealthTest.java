package cn.jianwu.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchHealthTest {

	@Test
	void readsTheStatusOfAClusterHealthAnswer() {
		assertThat(ElasticsearchHealth
			.parse("{\"cluster_name\":\"jianwu-local\",\"status\":\"yellow\",\"timed_out\":false}")).contains("yellow");
		assertThat(ElasticsearchHealth.parse("{\"status\" : \"green\"}")).contains("green");
		assertThat(ElasticsearchHealth.parse("{\"error\":\"not found\"}")).isEmpty();
	}

	@Test
	void noNodeMeansNoStatus() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}

		assertThat(ElasticsearchHealth.status("http://127.0.0.1:" + port, Duration.ofSeconds(1))).isEmpty();
		assertThat(ElasticsearchHealth.isUsable("http://127.0.0.1:" + port)).isFalse();
	}

}
