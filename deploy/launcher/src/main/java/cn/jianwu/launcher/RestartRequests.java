package cn.jianwu.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How {@code run.sh restart <name>} talks to the running launcher: through files in
 * {@code <data>/run/restart/}. The command writes {@code <id>.request} (the part's name);
 * the launcher's watch loop takes it, restarts the part and writes {@code <id>.result};
 * the command reads that and deletes it. Each file appears whole (written aside, then
 * moved), so neither side ever reads half of one.
 */
final class RestartRequests {

	private static final String REQUEST = ".request";

	private static final String RESULT = ".result";

	private final Path folder;

	RestartRequests(Layout layout) {
		this(layout.run().resolve("restart"));
	}

	RestartRequests(Path folder) {
		this.folder = folder;
	}

	/**
	 * Asks for a restart.
	 * @param name the part to restart
	 * @return the request's id
	 */
	String submit(String name) {
		String id = UUID.randomUUID().toString();
		Properties request = new Properties();
		request.setProperty("name", name);
		write(id + REQUEST, request);
		return id;
	}

	/**
	 * Takes the requests that wait, oldest first: each is returned once.
	 * @return the requests
	 */
	List<Request> take() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> all = Files.list(this.folder)) {
			files = all.filter((file) -> file.getFileName().toString().endsWith(REQUEST))
				.sorted((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Request> requests = new ArrayList<>();
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			String id = fileName.substring(0, fileName.length() - REQUEST.length());
			Optional<Properties> request = read(file);
			delete(file);
			request.map((properties) -> properties.getProperty("name"))
				.filter((name) -> !name.isBlank())
				.ifPresent((name) -> requests.add(new Request(id, name)));
		}
		return requests;
	}

	/**
	 * Answers a request.
	 * @param id the request's id
	 * @param result what came of it
	 */
	void answer(String id, Result result) {
		Properties properties = new Properties();
		properties.setProperty("outcome", result.outcome().name());
		properties.setProperty("seconds", String.format(java.util.Locale.ROOT, "%.1f", result.seconds()));
		properties.setProperty("pid", Long.toString(result.pid()));
		properties.setProperty("message", result.message());
		write(id + RESULT, properties);
	}

	/**
	 * The answer to a request, once there is one; it is deleted when read.
	 * @param id the request's id
	 * @return the result, if the launcher has answered
	 */
	Optional<Result> result(String id) {
		Path file = this.folder.resolve(id + RESULT);
		Optional<Properties> properties = read(file);
		if (properties.isEmpty()) {
			return Optional.empty();
		}
		delete(file);
		Properties answer = properties.get();
		return Optional.of(new Result(Outcome.valueOf(answer.getProperty("outcome", Outcome.FAILED.name())),
				Double.parseDouble(answer.getProperty("seconds", "0")), Long.parseLong(answer.getProperty("pid", "-1")),
				answer.getProperty("message", "")));
	}

	/**
	 * Withdraws a request nobody took (the command gave up waiting).
	 * @param id the request's id
	 */
	void withdraw(String id) {
		delete(this.folder.resolve(id + REQUEST));
	}

	/** Forgets every request and answer: a new launcher starts with none. */
	void clear() {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		try (Stream<Path> all = Files.list(this.folder)) {
			all.forEach(RestartRequests::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String fileName, Properties properties) {
		Path file = this.folder.resolve(fileName);
		try {
			Files.createDirectories(this.folder);
			Path temporary = this.folder.resolve(fileName + ".tmp");
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				properties.store(writer, null);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
	}

	private static Optional<Properties> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			return Optional.of(properties);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A restart someone asked for.
	 *
	 * @param id the request's id, which names its answer
	 * @param name the part to restart
	 */
	record Request(String id, String name) {

	}

	/**
	 * What came of a restart.
	 *
	 * @param outcome restarted, refused or failed
	 * @param seconds how long it took (stop, start and until healthy)
	 * @param pid the new PID, or -1
	 * @param message what to tell the operator
	 */
	record Result(Outcome outcome, double seconds, long pid, String message) {

		static Result refused(String message) {
			return new Result(Outcome.REFUSED, 0, -1, message);
		}

		static Result failed(double seconds, String message) {
			return new Result(Outcome.FAILED, seconds, -1, message);
		}

	}

	enum Outcome {

		/** Stopped (if it still ran), started again and healthy. */
		RESTARTED,
		/**
		 * Not done: unknown, not started by this launcher, or being restarted already.
		 */
		REFUSED,
		/** Tried, but it did not come back healthy. */
		FAILED

	}

}
