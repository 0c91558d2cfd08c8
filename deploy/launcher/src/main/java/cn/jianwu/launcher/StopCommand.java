package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jianwu.infra.ProcessControl;

/**
 * {@code stop}: asks the running launcher to stop (SIGTERM, so that it stops its servers
 * in order), then stops by PID whatever is still recorded in the pid files.
 */
final class StopCommand {

	private static final Duration LAUNCHER_TIMEOUT = Duration.ofSeconds(180);

	private final Layout layout;

	private final PidFiles pidFiles;

	StopCommand(Layout layout) {
		this.layout = layout;
		this.pidFiles = new PidFiles(layout.run());
	}

	int run() {
		Map<String, Long> recorded = new LinkedHashMap<>();
		for (String name : StopOrder.of(this.pidFiles.names())) {
			if (!StartCommand.LAUNCHER.equals(name)) {
				this.pidFiles.live(name).ifPresent((process) -> recorded.put(name, process.pid()));
			}
		}
		Optional<ProcessHandle> launcher = this.pidFiles.live(StartCommand.LAUNCHER);
		if (launcher.isEmpty() && recorded.isEmpty()) {
			Console.say("nothing to stop: no launcher runs for " + this.layout.data());
			cleanUp();
			return 0;
		}
		if (launcher.isPresent()) {
			Console.say("stopping the launcher (pid " + launcher.get().pid() + ") and what it started ...");
			launcher.get().destroy();
			if (!ProcessControl.waitForExit(launcher.get(), LAUNCHER_TIMEOUT)) {
				Console.say("the launcher did not end within " + LAUNCHER_TIMEOUT.toSeconds() + " s; killing it");
				launcher.get().destroyForcibly();
				ProcessControl.waitForExit(launcher.get(), Duration.ofSeconds(10));
			}
		}
		for (Map.Entry<String, Long> entry : recorded.entrySet()) {
			if (ProcessControl.isAlive(entry.getValue())) {
				Console.say("stopping " + entry.getKey() + " (pid " + entry.getValue() + ") ...");
				StopOrder.stop(entry.getKey(), entry.getValue());
			}
		}
		List<String> stopped = new ArrayList<>();
		List<String> survivors = new ArrayList<>();
		launcher.ifPresent((process) -> recorded.put(StartCommand.LAUNCHER, process.pid()));
		recorded.forEach(
				(name, pid) -> (ProcessControl.isAlive(pid) ? survivors : stopped).add(name + " (pid " + pid + ")"));
		cleanUp();
		Console.say("stopped: " + String.join(", ", stopped));
		if (!survivors.isEmpty()) {
			Console.say("WARNING: still running: " + String.join(", ", survivors));
			return 1;
		}
		Console.say("nothing of ours runs any more");
		return 0;
	}

	private void cleanUp() {
		for (String name : this.pidFiles.names()) {
			if (this.pidFiles.live(name).isEmpty()) {
				this.pidFiles.delete(name);
			}
		}
		try {
			Files.deleteIfExists(this.layout.readyFile());
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

}
