package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One pid file per process the launcher started, {@code <data>/run/<name>.pid}, holding
 * only the PID. A process counts as the one recorded only if it started before the file
 * was written: a PID that the system has reused since does not.
 */
final class PidFiles {

	private static final String SUFFIX = ".pid";

	private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

	private final Path folder;

	PidFiles(Path folder) {
		this.folder = folder;
	}

	void write(String name, long pid) {
		Path file = file(name);
		try {
			Files.createDirectories(this.folder);
			Path temporary = this.folder.resolve(name + SUFFIX + ".tmp");
			Files.writeString(temporary, pid + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
	}

	Optional<Long> read(String name) {
		try {
			return Optional.of(Long.parseLong(Files.readString(file(name)).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The live process recorded under the name.
	 * @param name the process name
	 * @return the process, when it runs and is the one recorded
	 */
	Optional<ProcessHandle> live(String name) {
		Path file = file(name);
		Optional<Long> pid = read(name);
		if (pid.isEmpty()) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive).filter((process) -> {
			Optional<Instant> started = process.info().startInstant();
			try {
				Instant written = Files.getLastModifiedTime(file).toInstant();
				return started.isEmpty() || !started.get().isAfter(written.plus(CLOCK_SLACK));
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(file(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The names of all pid files.
	 * @return the names, without {@code .pid}
	 */
	List<String> names() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			List<String> names = new ArrayList<>();
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(SUFFIX))
				.sorted()
				.forEach((name) -> names.add(name.substring(0, name.length() - SUFFIX.length())));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path file(String name) {
		return this.folder.resolve(name + SUFFIX);
	}

}
