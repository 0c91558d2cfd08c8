package cn.jianwu.testsupport.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A document under {@code docs/} that the code describes exactly: the build fails when
 * the two part, and rewrites the document when asked to ({@value #UPDATE_PROPERTY}, set
 * by the {@code update-docs} Maven profile).
 */
public final class DocumentedContract {

	/** The system property that rewrites documents instead of checking them. */
	public static final String UPDATE_PROPERTY = "docs.update";

	private final Path root;

	private final String relativePath;

	private final String updateCommand;

	/**
	 * @param relativePath the document's path from the repository root, e.g.
	 * {@code docs/openapi/search-service.json}
	 * @param updateCommand the command that rewrites it, run from the repository root
	 */
	public DocumentedContract(String relativePath, String updateCommand) {
		this(repositoryRoot(), relativePath, updateCommand);
	}

	DocumentedContract(Path root, String relativePath, String updateCommand) {
		this.root = root;
		this.relativePath = relativePath;
		this.updateCommand = updateCommand;
	}

	/**
	 * Checks the document against what the code says, or writes it when updating.
	 * @param generated the document as the code describes it now
	 */
	public void assertDescribes(String generated) {
		assertDescribes(generated, Boolean.getBoolean(UPDATE_PROPERTY));
	}

	void assertDescribes(String generated, boolean update) {
		Path file = this.root.resolve(this.relativePath);
		if (update) {
			write(file, generated);
			return;
		}
		String committed = read(file);
		if (!generated.equals(committed)) {
			throw new AssertionError(this.relativePath + " does not describe the code"
					+ ((committed != null) ? " (" + firstDifference(committed, generated) + ")" : " (no such file)")
					+ "; if the change is meant, rewrite it with: " + this.updateCommand);
		}
	}

	/**
	 * The folder with {@code mvnw} above the working directory: tests run in their
	 * module's folder, one or two levels down.
	 */
	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("docs"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No repository root (a folder with mvnw and docs/) above " + dir);
	}

	static String firstDifference(String committed, String generated) {
		List<String> was = committed.lines().toList();
		List<String> now = generated.lines().toList();
		for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
			String before = (i < was.size()) ? was.get(i).strip() : "<end>";
			String after = (i < now.size()) ? now.get(i).strip() : "<end>";
			if (!before.equals(after)) {
				return "line " + (i + 1) + ": documented " + before + ", code " + after;
			}
		}
		return "only whitespace differs";
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
