package cn.jianwu.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * TCP port checks on the local machine.
 */
public final class Ports {

	private Ports() {
	}

	/**
	 * Whether nothing listens on the port, on any local address.
	 * @param port the TCP port
	 * @return {@code true} when a server could bind it now
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Whether a server accepts connections on the address.
	 * @param host the host
	 * @param port the port
	 * @param timeout how long one connection attempt may take
	 * @return {@code true} when a connection could be made
	 */
	public static boolean isOpen(String host, int port, Duration timeout) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Waits until a server accepts connections on the address.
	 * @param host the host
	 * @param port the port
	 * @param timeout how long to wait at most
	 * @param keepWaiting asked between attempts; waiting stops when it answers
	 * {@code false} (for example because the server process died)
	 * @return {@code true} when the port opened in time
	 */
	public static boolean waitUntilOpen(String host, int port, Duration timeout, BooleanSupplier keepWaiting) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (isOpen(host, port, Duration.ofMillis(500))) {
				return true;
			}
			if (!keepWaiting.getAsBoolean()) {
				return false;
			}
			Pause.briefly(Duration.ofMillis(200));
		}
		return false;
	}

}
