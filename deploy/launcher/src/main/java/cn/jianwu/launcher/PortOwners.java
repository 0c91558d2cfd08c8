package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, from {@code /proc/net/tcp*} and
 * {@code /proc/<pid>/fd} (Linux; processes of other users are visible to root only).
 */
final class PortOwners {

	private static final String LISTEN = "0A";

	private PortOwners() {
	}

	/**
	 * Describes the process that listens on the port.
	 * @param port the TCP port
	 * @return for example {@code pid 1234: java -jar gateway-exec.jar}, if found
	 */
	static Optional<String> describe(int port) {
		Set<String> inodes = listeningInodes(port);
		if (inodes.isEmpty()) {
			return Optional.empty();
		}
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
				if (ownsOneOf(process, inodes)) {
					return Optional.of("pid " + process.getFileName() + ": " + commandLine(process));
				}
			}
		}
		catch (IOException ex) {
			// not Linux, or /proc not readable
		}
		return Optional.empty();
	}

	static Set<String> listeningInodes(int port) {
		Set<String> inodes = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			try {
				for (String line : Files.readAllLines(Path.of(table))) {
					parseListener(line, port).ifPresent(inodes::add);
				}
			}
			catch (IOException ex) {
				// no such table
			}
		}
		return inodes;
	}

	/**
	 * The socket inode of a {@code /proc/net/tcp} line when it is a listener on the port.
	 * @param line one line of the table
	 * @param port the port
	 * @return the inode
	 */
	static Optional<String> parseListener(String line, int port) {
		String[] fields = line.trim().split("\\s+");
		if (fields.length < 10 || !fields[0].endsWith(":")) {
			return Optional.empty();
		}
		String local = fields[1];
		int colon = local.lastIndexOf(':');
		if (colon < 0 || !LISTEN.equals(fields[3])) {
			return Optional.empty();
		}
		try {
			return (Integer.parseInt(local.substring(colon + 1), 16) == port) ? Optional.of(fields[9])
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean ownsOneOf(Path process, Set<String> inodes) {
		try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
			return descriptors.anyMatch((descriptor) -> {
				try {
					String target = Files.readSymbolicLink(descriptor).toString();
					return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
				}
				catch (IOException | UnsupportedOperationException ex) {
					return false;
				}
			});
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String commandLine(Path process) {
		try {
			String line = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
				.replace('\0', ' ')
				.replaceAll("\\s+", " ")
				.trim();
			return (line.length() > 160) ? line.substring(0, 157) + "..." : line;
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
