package cn.jianwu.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortOwnersTest {

	private static final String LISTENER = "   3: 0100007F:2384 00000000:0000 0A 00000000:00000000 00:00000000 00000000   "
			+ "999        0 123456 1 0000000000000000 100 0 0 10 0";

	private static final String CONNECTION = "   4: 0100007F:2384 0100007F:D2F0 01 00000000:00000000 00:00000000 "
			+ "00000000   999        0 654321 1 0000000000000000 20 4 30 10 -1";

	@Test
	void aListeningSocketOnThePortIsFoundByItsInode() {
		assertThat(PortOwners.parseListener(LISTENER, 9092)).contains("123456");
		assertThat(PortOwners.parseListener(LISTENER, 9093)).isEmpty();
		assertThat(PortOwners.parseListener(CONNECTION, 9092)).isEmpty();
		assertThat(PortOwners.parseListener("  sl  local_address rem_address   st tx_queue rx_queue", 9092)).isEmpty();
	}

	@Test
	void thisJvmIsNamedAsTheOwnerOfItsServerSocket() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThat(PortOwners.describe(server.getLocalPort()))
				.hasValueSatisfying((owner) -> assertThat(owner).startsWith("pid " + ProcessHandle.current().pid()));
		}
	}

}
