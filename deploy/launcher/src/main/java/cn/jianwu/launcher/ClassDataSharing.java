package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.jianwu.infra.DetachedProcess;

/**
 * Application class data sharing (AppCDS) for the services, the JDK 17 way: a service's
 * executable jar is extracted once ({@code -Djarmode=tools extract}: classes in nested
 * jars cannot be shared); its first run records the classes it loaded into an archive
 * when it stops ({@code -XX:ArchiveClassesAtExit}); later runs map that archive
 * ({@code -XX:SharedArchiveFile}) and start markedly faster. A new jar or another JDK
 * starts over. Everything lives in {@code <data>/cds/<service>}.
 */
final class ClassDataSharing {

	/** How long a recording service may take to stop: it writes its archive then. */
	static final Duration RECORDING_STOP_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration EXTRACT_TIMEOUT = Duration.ofSeconds(120);

	private ClassDataSharing() {
	}

	/**
	 * How to run a service.
	 *
	 * @param jar the jar to run ({@code -jar})
	 * @param jvmOptions options to add
	 * @param mode {@code using}, {@code recording} or {@code off}
	 */
	record Launch(Path jar, List<String> jvmOptions, String mode) {

	}

	/**
	 * Prepares a service's run: extracts its jar when needed and picks the archive
	 * options.
	 * @param service the service
	 * @param executableJar its executable jar
	 * @param layout the layout
	 * @return how to run it; the plain jar when extraction fails
	 */
	static Launch prepare(Topology.Service service, Path executableJar, Layout layout) {
		Path folder = folder(layout, service);
		try {
			String stamp = stamp(executableJar);
			Path stampFile = folder.resolve("stamp");
			Optional<Path> extracted = extractedJar(folder);
			if (extracted.isEmpty() || !Files.isRegularFile(stampFile)
					|| !stamp.equals(Files.readString(stampFile).strip())) {
				deleteRecursively(folder);
				Files.createDirectories(folder);
				extract(executableJar, folder.resolve("app"), layout.logFile(service.name()));
				extracted = extractedJar(folder);
				if (extracted.isEmpty()) {
					return new Launch(executableJar, List.of(), "off");
				}
				Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);
			}
			List<String> options = new ArrayList<>();
			// the recording run reports every class it cannot archive; that is no news
			options.add("-Xlog:cds*=off");
			Path archive = archive(folder);
			if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
				options.add("-XX:SharedArchiveFile=" + archive);
				return new Launch(extracted.get(), options, "using");
			}
			options.add("-XX:ArchiveClassesAtExit=" + recording(folder));
			return new Launch(extracted.get(), options, "recording");
		}
		catch (IOException | RuntimeException ex) {
			Console.say("class data sharing is off for " + service.name() + ": " + ex.getMessage());
			return new Launch(executableJar, List.of(), "off");
		}
	}

	/**
	 * Keeps the archive that a recording run wrote at its exit, if it ended by itself
	 * after SIGTERM (a killed JVM may leave half a file).
	 * @param service the service
	 * @param layout the layout
	 * @param graceful whether the service ended without SIGKILL
	 */
	static void finish(Topology.Service service, Layout layout, boolean graceful) {
		Path folder = folder(layout, service);
		Path recording = recording(folder);
		try {
			if (graceful && Files.isRegularFile(recording) && Files.size(recording) > 0) {
				Files.move(recording, archive(folder), StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				Files.deleteIfExists(recording);
			}
		}
		catch (IOException ex) {
			// the next run records again
		}
	}

	private static void extract(Path executableJar, Path destination, Path log) {
		List<String> command = List.of(DetachedProcess.javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Djarmode=tools", "-jar", executableJar.toString(), "extract", "--destination",
				destination.toString());
		Process process = DetachedProcess.start(command, Map.of(), log, destination.getParent());
		try {
			if (!process.waitFor(EXTRACT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("extracting " + executableJar + " took too long");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("could not extract " + executableJar + " (see " + log + ")");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static Optional<Path> extractedJar(Path folder) throws IOException {
		Path app = folder.resolve("app");
		if (!Files.isDirectory(app)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(app)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jar")).findFirst();
		}
	}

	static String stamp(Path executableJar) throws IOException {
		return Files.size(executableJar) + "-" + Files.getLastModifiedTime(executableJar).toMillis() + "-"
				+ System.getProperty("java.vm.version");
	}

	private static Path folder(Layout layout, Topology.Service service) {
		return layout.data().resolve("cds").resolve(service.name());
	}

	private static Path archive(Path folder) {
		return folder.resolve("classes.jsa");
	}

	private static Path recording(Path folder) {
		return folder.resolve("classes.jsa.recording");
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
