package cn.jianwu.infra;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a Kafka broker for its API versions over the plain wire protocol, without
 * kafka-clients. A broker answers only once its request handlers run, which makes this a
 * readiness check that does not depend on log lines.
 */
public final class KafkaProbe {

	static final short API_VERSIONS_KEY = 18;

	private static final int CORRELATION_ID = 0x4a57;

	private static final String CLIENT_ID = "jianwu-probe";

	private KafkaProbe() {
	}

	/**
	 * Whether a Kafka broker answers an {@code ApiVersions} request at the address.
	 * @param host the host
	 * @param port the port
	 * @param timeout connect and read timeout
	 * @return {@code true} when a Kafka response came back
	 */
	public static boolean answers(String host, int port, Duration timeout) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write(apiVersionsRequest());
			out.flush();
			DataInputStream in = new DataInputStream(socket.getInputStream());
			int size = in.readInt();
			if (size < 6) {
				return false;
			}
			int correlationId = in.readInt();
			in.readShort(); // error code: 0, or 35 (UNSUPPORTED_VERSION) with the
							// supported range
			return correlationId == CORRELATION_ID;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * An {@code ApiVersions} v0 request with its size prefix.
	 * @return the bytes to send
	 */
	static byte[] apiVersionsRequest() {
		byte[] clientId = CLIENT_ID.getBytes(StandardCharsets.UTF_8);
		int size = 2 + 2 + 4 + 2 + clientId.length;
		ByteBuffer buffer = ByteBuffer.allocate(4 + size);
		buffer.putInt(size);
		buffer.putShort(API_VERSIONS_KEY);
		buffer.putShort((short) 0);
		buffer.putInt(CORRELATION_ID);
		buffer.putShort((short) clientId.length);
		buffer.put(clientId);
		return buffer.array();
	}

	static int correlationId() {
		return CORRELATION_ID;
	}

}
