package cn.jianwu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.testcontainers.containers.GenericContainer;

/**
 * A real Redis: {@code TEST_REDIS_URL} ({@code redis://host:port}) when set, a container
 * when Docker runs, else the local server on 127.0.0.1:6379.
 */
public final class TestRedis {

	private static final String HOW_TO_START = "Start the local server with 'redis-server --daemonize yes "
			+ "--bind 127.0.0.1 --port 6379 --save \"\" --appendonly no', or set TEST_REDIS_URL.";

	private static String host;

	private static int port;

	private TestRedis() {
	}

	public static synchronized String host() {
		start();
		return host;
	}

	public static synchronized int port() {
		start();
		return port;
	}

	private static void start() {
		if (host != null) {
			return;
		}
		String given = Env.get("TEST_REDIS_URL");
		if (given != null) {
			URI uri = URI.create(given);
			use(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379);
		}
		else if (Docker.available()) {
			GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			container.start();
			host = container.getHost();
			port = container.getMappedPort(6379);
		}
		else {
			use("127.0.0.1", 6379);
		}
	}

	private static void use(String candidateHost, int candidatePort) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(candidateHost, candidatePort), 2000);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(5);
			if (!"+PONG".equals(new String(answer, StandardCharsets.US_ASCII))) {
				throw new IOException("unexpected answer to PING");
			}
		}
		catch (IOException ex) {
			throw new ServerUnavailableException("Redis (" + candidateHost + ":" + candidatePort + ")", HOW_TO_START,
					ex);
		}
		host = candidateHost;
		port = candidatePort;
	}

}
