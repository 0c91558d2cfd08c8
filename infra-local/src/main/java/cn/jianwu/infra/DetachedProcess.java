package cn.jianwu.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a server process that writes to its own log file and does not share the terminal
 * of its parent: a Ctrl-C in the terminal reaches only the parent, which then stops its
 * servers in order.
 */
public final class DetachedProcess {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private DetachedProcess() {
	}

	/**
	 * Starts the command. Its output (stdout and stderr) is appended to the log file,
	 * after a line that names the command.
	 * @param command the command and its arguments
	 * @param environment variables to set (a {@code null} value removes one)
	 * @param logFile where the output goes
	 * @param workingDirectory the working directory
	 * @return the started process
	 */
	public static Process start(List<String> command, Map<String, String> environment, Path logFile,
			Path workingDirectory) {
		List<String> full = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			// setsid execs in place (the child is no group leader): the PID stays the
			// same
			full.add(SETSID.toString());
		}
		full.addAll(command);
		try {
			Files.createDirectories(logFile.toAbsolutePath().getParent());
			Files.writeString(logFile,
					"=== " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.join(" ", command)
							+ System.lineSeparator(),
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(full).directory(workingDirectory.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			environment.forEach((name, value) -> {
				if (value == null) {
					builder.environment().remove(name);
				}
				else {
					builder.environment().put(name, value);
				}
			});
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + String.join(" ", command), ex);
		}
	}

	/**
	 * The {@code java} executable of the running JVM.
	 * @return its path as a string
	 */
	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
