package cn.jianwu.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs short system commands ({@code id}, {@code useradd}, {@code chown}, ...) and
 * collects their output.
 */
final class Commands {

	private static final List<String> SYSTEM_FOLDERS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

	private Commands() {
	}

	/**
	 * Runs a command to its end.
	 * @param timeout how long it may take
	 * @param command the command; its first element is looked up with {@link #find}
	 * @return the exit code and the combined output
	 */
	static Result run(Duration timeout, List<String> command) {
		List<String> resolved = new ArrayList<>(command);
		resolved.set(0, find(command.get(0)));
		try {
			Process process = new ProcessBuilder(resolved).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
			}
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(-1, output + " (timed out after " + timeout.toSeconds() + " s)");
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			return new Result(-1, "could not run " + String.join(" ", resolved) + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		}
	}

	/**
	 * The absolute path of a system tool: the {@code PATH} first, then the usual system
	 * folders (root's tools such as {@code useradd} live in {@code /usr/sbin}, which is
	 * not always on the {@code PATH}).
	 * @param tool the tool's name, or a path
	 * @return the path found, or the name unchanged
	 */
	static String find(String tool) {
		if (tool.contains("/")) {
			return tool;
		}
		List<String> folders = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			folders.addAll(List.of(path.split(":")));
		}
		folders.addAll(SYSTEM_FOLDERS);
		for (String folder : folders) {
			if (!folder.isEmpty()) {
				Path candidate = Path.of(folder, tool);
				if (Files.isExecutable(candidate)) {
					return candidate.toString();
				}
			}
		}
		return tool;
	}

	record Result(int exitCode, String output) {

		boolean ok() {
			return this.exitCode == 0;
		}

	}

}
