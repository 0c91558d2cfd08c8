package cn.jianwu.infra;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaProbeTest {

	@Test
	void theRequestIsASizePrefixedApiVersionsV0Request() {
		ByteBuffer request = ByteBuffer.wrap(KafkaProbe.apiVersionsRequest());

		assertThat(request.getInt()).isEqualTo(request.capacity() - 4);
		assertThat(request.getShort()).isEqualTo((short) 18);
		assertThat(request.getShort()).isEqualTo((short) 0);
		assertThat(request.getInt()).isEqualTo(KafkaProbe.correlationId());
		short clientIdLength = request.getShort();
		assertThat(request.remaining()).isEqualTo(clientIdLength);
	}

	@Test
	void aServerThatAnswersLikeKafkaCounts() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Void> broker = CompletableFuture
				.runAsync(() -> answerOnce(server, KafkaProbe.correlationId()));

			assertThat(KafkaProbe.answers("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2))).isTrue();
			broker.join();
		}
	}

	@Test
	void aServerThatAnswersSomethingElseDoesNotCount() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Void> other = CompletableFuture.runAsync(() -> answerOnce(server, 12345));

			assertThat(KafkaProbe.answers("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2))).isFalse();
			other.join();
		}
	}

	@Test
	void nothingListeningDoesNotCount() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}

		assertThat(KafkaProbe.answers("127.0.0.1", port, Duration.ofMillis(500))).isFalse();
	}

	private static void answerOnce(ServerSocket server, int correlationId) {
		try (Socket client = server.accept()) {
			DataInputStream in = new DataInputStream(client.getInputStream());
			int size = in.readInt();
			in.readFully(new byte[size]);
			DataOutputStream out = new DataOutputStream(client.getOutputStream());
			out.writeInt(6);
			out.writeInt(correlationId);
			out.writeShort(0);
			out.flush();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
