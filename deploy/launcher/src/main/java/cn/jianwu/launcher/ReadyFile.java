package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * {@code run/ready}: written once everything is up, so that {@code run.sh --detach}
 * (which waits for its own run id in it) and the system tests know when to go on.
 */
final class ReadyFile {

	private ReadyFile() {
	}

	static void write(Layout layout, double seconds) {
		try {
			String runId = System.getenv("JIANWU_RUN_ID");
			Files.writeString(layout.readyFile(),
					String.format("ready %s after %.1f s (launcher pid %d%s)%n",
							OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), seconds,
							ProcessHandle.current().pid(), (runId != null) ? ", run " + runId : ""),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			Console.say("could not write " + layout.readyFile() + ": " + ex.getMessage());
		}
	}

}
