package cn.jianwu.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UnprivilegedUserTest {

	@TempDir
	Path folder;

	@Test
	void theFoldersOnTheWayAreTheExistingAncestorsFromTheRootDown() throws IOException {
		Path existing = Files.createDirectories(this.folder.resolve("a/b"));

		List<Path> folders = UnprivilegedUser.existingFoldersOnTheWay(existing.resolve("not/yet"));

		assertThat(folders.get(0)).isEqualTo(Path.of("/"));
		assertThat(folders).endsWith(this.folder, this.folder.resolve("a"), existing);
		assertThat(folders).doesNotContain(existing.resolve("not"));
	}

	@Test
	void theCommandRunsAsTheUserWithTheGivenEnvironment() {
		List<String> command = UnprivilegedUser.runAs("jianwu-es", Map.of("ES_JAVA_HOME", "/usr/lib/jvm/17"),
				List.of("/opt/es/bin/elasticsearch", "-p", "es.pid"));

		assertThat(command.get(0)).endsWith("runuser");
		assertThat(command.subList(1, 4)).containsExactly("-u", "jianwu-es", "--");
		assertThat(command.get(4)).endsWith("env");
		assertThat(command.subList(5, command.size())).containsExactly("ES_JAVA_HOME=/usr/lib/jvm/17",
				"/opt/es/bin/elasticsearch", "-p", "es.pid");
	}

}
