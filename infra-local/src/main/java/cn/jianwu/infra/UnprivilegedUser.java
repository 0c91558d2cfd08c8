package cn.jianwu.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a server as a system user without privileges, for servers that refuse to run as
 * root (Elasticsearch). Used only when the current user is root.
 */
public final class UnprivilegedUser {

	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

	private UnprivilegedUser() {
	}

	/**
	 * Whether this JVM runs as root.
	 * @return {@code true} for root
	 */
	public static boolean currentUserIsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * Creates the system user (no home, no login shell) when it does not exist yet.
	 * @param user the user name
	 */
	public static void ensureExists(String user) {
		if (Commands.run(COMMAND_TIMEOUT, List.of("id", "-u", user)).ok()) {
			return;
		}
		Commands.Result added = Commands.run(COMMAND_TIMEOUT,
				List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user));
		if (!added.ok()) {
			throw new IllegalStateException("could not create the system user '" + user + "' (useradd --system "
					+ "--no-create-home --shell /usr/sbin/nologin " + user + "): " + added.output());
		}
	}

	/**
	 * Hands folders (recursively) to the user.
	 * @param user the user name
	 * @param folders the folders
	 */
	public static void chown(String user, Path... folders) {
		List<String> command = new ArrayList<>(List.of("chown", "-R", user + ":"));
		for (Path folder : folders) {
			command.add(folder.toAbsolutePath().toString());
		}
		Commands.Result result = Commands.run(COMMAND_TIMEOUT, command);
		if (!result.ok()) {
			throw new IllegalStateException(
					"could not hand " + List.of(folders) + " to user '" + user + "': " + result.output());
		}
	}

	/**
	 * The first existing folder on the way to one of the paths (the paths included) that
	 * the user may not enter.
	 * @param user the user name
	 * @param paths the paths the user needs
	 * @return the folder that blocks the way, if any
	 */
	public static Optional<Path> firstUntraversableFolder(String user, Path... paths) {
		Set<Path> folders = new LinkedHashSet<>();
		for (Path path : paths) {
			folders.addAll(existingFoldersOnTheWay(path.toAbsolutePath().normalize()));
		}
		List<String> command = new ArrayList<>(List.of("runuser", "-u", user, "--", "/bin/sh", "-c",
				"for d in \"$@\"; do [ -x \"$d\" ] || { printf '%s\\n' \"$d\"; exit 3; }; done", "sh"));
		folders.forEach((folder) -> command.add(folder.toString()));
		Commands.Result result = Commands.run(COMMAND_TIMEOUT, command);
		if (result.ok()) {
			return Optional.empty();
		}
		if (result.exitCode() == 3) {
			return Optional.of(Path.of(result.output().lines().reduce((first, second) -> second).orElse("/")));
		}
		throw new IllegalStateException("could not check folder access as user '" + user + "': " + result.output());
	}

	static List<Path> existingFoldersOnTheWay(Path path) {
		List<Path> folders = new ArrayList<>();
		for (Path current = path; current != null; current = current.getParent()) {
			if (Files.isDirectory(current)) {
				folders.add(0, current);
			}
		}
		return folders;
	}

	/**
	 * The command that runs another command as the user, with extra environment
	 * variables.
	 * @param user the user name
	 * @param environment the variables
	 * @param command the command to run
	 * @return {@code runuser -u <user> -- env K=V ... <command>}
	 */
	public static List<String> runAs(String user, Map<String, String> environment, List<String> command) {
		List<String> full = new ArrayList<>(List.of(Commands.find("runuser"), "-u", user, "--", Commands.find("env")));
		environment.forEach((name, value) -> full.add(name + "=" + value));
		full.addAll(command);
		return full;
	}

}
