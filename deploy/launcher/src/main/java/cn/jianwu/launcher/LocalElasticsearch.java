package cn.jianwu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jianwu.infra.ElasticsearchNode;
import cn.jianwu.infra.UnprivilegedUser;

/**
 * The Elasticsearch node, with home and data in {@code <data>/elasticsearch}. Started by
 * root, it runs as the user {@code jianwu-es}; when that user may not enter the data
 * folder (say, under {@code /root}), home and data go to
 * {@code /var/lib/jianwu/elasticsearch} instead.
 */
final class LocalElasticsearch {

	static final String USER = "jianwu-es";

	static final Path SYSTEM_FOLDER = Path.of("/var/lib/jianwu/elasticsearch");

	private LocalElasticsearch() {
	}

	static Running start(Layout layout) {
		long started = System.nanoTime();
		Path zip = layout.elasticsearchDistribution()
			.orElseThrow(() -> new IllegalStateException("the Elasticsearch distribution is missing in "
					+ layout.launcherTarget().resolve("dist") + "; build with deploy/local/run.sh --rebuild"));
		Path folder = folder(layout);
		ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(zip, folder.resolve("home"),
				folder.resolve("data"), layout.logFile(Topology.ELASTICSEARCH), Topology.ELASTICSEARCH_HTTP_PORT,
				Topology.ELASTICSEARCH_TRANSPORT_PORT, "512m", USER, Duration.ofSeconds(120)));
		return new Running(Topology.ELASTICSEARCH, node.url(), node.pid(), layout.logFile(Topology.ELASTICSEARCH),
				node::stop, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Where home and data go: {@code <data>/elasticsearch}, unless the node must run as
	 * {@code jianwu-es} and that user cannot reach it.
	 * @param layout the layout
	 * @return the folder
	 */
	static Path folder(Layout layout) {
		Path folder = layout.data().resolve("elasticsearch");
		try {
			Files.createDirectories(folder);
			if (!UnprivilegedUser.currentUserIsRoot()) {
				return folder;
			}
			UnprivilegedUser.ensureExists(USER);
			Optional<Path> blocked = UnprivilegedUser.firstUntraversableFolder(USER, folder);
			if (blocked.isEmpty()) {
				return folder;
			}
			createTraversable(SYSTEM_FOLDER);
			deleteIfEmpty(folder);
			Console.say("Elasticsearch runs as user '" + USER + "' (it refuses root), which may not enter "
					+ blocked.get() + ":\n  its home and data go to " + SYSTEM_FOLDER + " instead of " + folder);
			return SYSTEM_FOLDER;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteIfEmpty(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			if (children.findAny().isEmpty()) {
				Files.delete(folder);
			}
		}
	}

	private static void createTraversable(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Path current = folder; current != null && current.getNameCount() > 1; current = current.getParent()) {
			if (current.startsWith(Path.of("/var/lib/jianwu"))) {
				Files.setPosixFilePermissions(current, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

}
