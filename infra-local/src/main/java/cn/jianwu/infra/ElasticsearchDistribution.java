package cn.jianwu.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks an Elasticsearch distribution zip into a home folder, once per version.
 */
final class ElasticsearchDistribution {

	static final String MARKER = ".jianwu-distribution";

	private ElasticsearchDistribution() {
	}

	/**
	 * Makes sure the home folder holds the zip's distribution: unpacks it when the folder
	 * is missing, incomplete or holds another version.
	 * @param zip the distribution zip (top folder {@code elasticsearch-<version>/})
	 * @param home where the distribution goes (the top folder is stripped)
	 * @return {@code true} when it was unpacked now
	 */
	static boolean ensureUnpacked(Path zip, Path home) {
		if (!Files.isRegularFile(zip)) {
			throw new IllegalStateException("Elasticsearch distribution not found: " + zip);
		}
		try (ZipFile file = new ZipFile(zip.toFile())) {
			String version = topFolder(file);
			Path marker = home.resolve(MARKER);
			if (Files.isRegularFile(home.resolve("bin/elasticsearch")) && Files.isRegularFile(marker)
					&& version.equals(Files.readString(marker).strip())) {
				return false;
			}
			removeOldHome(home);
			unzip(file, version, home);
			Files.writeString(marker, version + "\n", StandardCharsets.UTF_8);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not unpack " + zip + " into " + home, ex);
		}
	}

	private static String topFolder(ZipFile file) {
		Enumeration<? extends ZipEntry> entries = file.entries();
		if (!entries.hasMoreElements()) {
			throw new IllegalStateException(file.getName() + " is empty");
		}
		String name = entries.nextElement().getName();
		int slash = name.indexOf('/');
		if (slash <= 0) {
			throw new IllegalStateException(file.getName() + " has no top folder: " + name);
		}
		return name.substring(0, slash);
	}

	private static void removeOldHome(Path home) throws IOException {
		if (!Files.exists(home)) {
			return;
		}
		boolean ours = Files.exists(home.resolve(MARKER)) || Files.exists(home.resolve("bin/elasticsearch"));
		boolean empty;
		try (Stream<Path> children = Files.list(home)) {
			empty = children.findAny().isEmpty();
		}
		if (!ours && !empty) {
			throw new IllegalStateException(
					home + " is not empty and holds no Elasticsearch distribution; refusing to replace it");
		}
		try (Stream<Path> all = Files.walk(home)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void unzip(ZipFile file, String topFolder, Path home) throws IOException {
		Path root = home.toAbsolutePath().normalize();
		Files.createDirectories(root);
		Enumeration<? extends ZipEntry> entries = file.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			String name = entry.getName();
			if (!name.startsWith(topFolder + "/") || name.length() == topFolder.length() + 1) {
				continue;
			}
			String relative = name.substring(topFolder.length() + 1);
			Path target = root.resolve(relative).normalize();
			if (!target.startsWith(root)) {
				throw new IllegalStateException("zip entry outside the target folder: " + name);
			}
			if (entry.isDirectory()) {
				Files.createDirectories(target);
				continue;
			}
			Files.createDirectories(target.getParent());
			try (InputStream in = file.getInputStream(entry)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			if (isLaunchScript(relative)) {
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	/**
	 * Whether an entry is one of the shell launch scripts, which need the executable bit
	 * that {@code java.util.zip} does not restore.
	 * @param relative the path inside the distribution
	 * @return {@code true} for {@code bin/*} except Windows files
	 */
	static boolean isLaunchScript(String relative) {
		return relative.startsWith("bin/") && relative.indexOf('/', 4) < 0 && !relative.endsWith(".bat")
				&& !relative.endsWith(".exe");
	}

}
