package cn.jianwu.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can be used here; asked once per test JVM. */
final class Docker {

	private static volatile Boolean available;

	private Docker() {
	}

	static boolean available() {
		if (available == null) {
			boolean answer;
			try {
				answer = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				answer = false;
			}
			available = answer;
		}
		return available;
	}

}
