package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processes of an earlier launcher that was killed without stopping them: stopped before
 * a new run starts, in the usual order, as its pid files name them.
 */
final class Leftovers {

	private Leftovers() {
	}

	static void stop(Layout layout, PidFiles pidFiles, RestartRequests restartRequests) {
		for (String name : StopOrder.of(pidFiles.names())) {
			if (StartCommand.LAUNCHER.equals(name)) {
				continue;
			}
			pidFiles.live(name).ifPresent((process) -> {
				Console.say("stopping " + name + " (pid " + process.pid() + "), left running by an earlier launcher");
				StopOrder.stop(name, process.pid());
			});
			pidFiles.delete(name);
		}
		deleteQuietly(layout.readyFile());
		restartRequests.clear();
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

}
