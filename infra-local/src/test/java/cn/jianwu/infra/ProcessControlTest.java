package cn.jianwu.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessControlTest {

	@Test
	void terminatesAProcessThatHonoursSigterm() throws IOException {
		Process sleeper = new ProcessBuilder("sleep", "60").start();

		assertThat(ProcessControl.terminate(sleeper.pid(), Duration.ofSeconds(5))).isTrue();

		assertThat(ProcessControl.isAlive(sleeper.pid())).isFalse();
	}

	@Test
	void killsAProcessThatIgnoresSigtermAfterTheTimeout() throws IOException {
		Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; sleep 60").start();
		try (BufferedReader out = stubborn.inputReader()) {
			assertThat(out.readLine()).isEqualTo("ready");
		}
		long started = System.nanoTime();

		assertThat(ProcessControl.terminate(stubborn.pid(), Duration.ofMillis(500))).isTrue();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));

		assertThat(ProcessControl.isAlive(stubborn.pid())).isFalse();
		assertThat(ProcessControl.withDescendants(stubborn.pid())).isEmpty();
	}

	@Test
	void aProcessThatIsGoneIsReportedAsNotRunning() throws Exception {
		Process done = new ProcessBuilder("true").start();
		done.waitFor();

		assertThat(ProcessControl.terminate(done.pid(), Duration.ofSeconds(1))).isFalse();
	}

}
