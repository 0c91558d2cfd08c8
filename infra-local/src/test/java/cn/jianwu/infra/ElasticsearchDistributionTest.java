package cn.jianwu.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ElasticsearchDistributionTest {

	@TempDir
	Path folder;

	@Test
	void unpacksWithoutTheTopFolderAndMakesTheLaunchScriptsExecutable() throws IOException {
		Path zip = zip("elasticsearch-8.19.2");
		Path home = this.folder.resolve("home");

		assertThat(ElasticsearchDistribution.ensureUnpacked(zip, home)).isTrue();

		assertThat(home.resolve("bin/elasticsearch")).isExecutable();
		assertThat(home.resolve("bin/elasticsearch-cli")).isExecutable();
		assertThat(home.resolve("config/jvm.options")).hasContent("-XX:+UseG1GC");
		assertThat(Files.isExecutable(home.resolve("config/jvm.options"))).isFalse();
		assertThat(home.resolve(ElasticsearchDistribution.MARKER)).hasContent("elasticsearch-8.19.2");
	}

	@Test
	void theSameVersionIsNotUnpackedTwice() throws IOException {
		Path zip = zip("elasticsearch-8.19.2");
		Path home = this.folder.resolve("home");
		ElasticsearchDistribution.ensureUnpacked(zip, home);
		Files.writeString(home.resolve("config/elasticsearch.keystore"), "kept");

		assertThat(ElasticsearchDistribution.ensureUnpacked(zip, home)).isFalse();
		assertThat(home.resolve("config/elasticsearch.keystore")).exists();
	}

	@Test
	void anotherVersionReplacesTheOldHome() throws IOException {
		Path home = this.folder.resolve("home");
		ElasticsearchDistribution.ensureUnpacked(zip("elasticsearch-8.15.0"), home);
		Files.writeString(home.resolve("config/leftover"), "old");

		assertThat(ElasticsearchDistribution.ensureUnpacked(zip("elasticsearch-8.19.2"), home)).isTrue();

		assertThat(home.resolve("config/leftover")).doesNotExist();
		assertThat(home.resolve(ElasticsearchDistribution.MARKER)).hasContent("elasticsearch-8.19.2");
	}

	@Test
	void refusesToReplaceAFolderThatIsNoElasticsearchHome() throws IOException {
		Path home = Files.createDirectories(this.folder.resolve("home"));
		Files.writeString(home.resolve("precious.txt"), "mine");

		assertThatIllegalStateException()
			.isThrownBy(() -> ElasticsearchDistribution.ensureUnpacked(zip("elasticsearch-8.19.2"), home))
			.withMessageContaining("refusing");
		assertThat(home.resolve("precious.txt")).exists();
	}

	@Test
	void onlyUnixScriptsDirectlyInBinAreLaunchScripts() {
		assertThat(ElasticsearchDistribution.isLaunchScript("bin/elasticsearch")).isTrue();
		assertThat(ElasticsearchDistribution.isLaunchScript("bin/elasticsearch-env")).isTrue();
		assertThat(ElasticsearchDistribution.isLaunchScript("bin/elasticsearch.bat")).isFalse();
		assertThat(ElasticsearchDistribution.isLaunchScript("bin/elasticsearch-service-x64.exe")).isFalse();
		assertThat(ElasticsearchDistribution.isLaunchScript("lib/elasticsearch.jar")).isFalse();
	}

	private Path zip(String topFolder) throws IOException {
		Path zip = this.folder.resolve(topFolder + ".zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			out.putNextEntry(new ZipEntry(topFolder + "/"));
			out.putNextEntry(new ZipEntry(topFolder + "/bin/"));
			entry(out, topFolder + "/bin/elasticsearch", "#!/bin/bash\nexec bin/elasticsearch-cli \"$@\"\n");
			entry(out, topFolder + "/bin/elasticsearch-cli", "#!/bin/bash\n");
			entry(out, topFolder + "/bin/elasticsearch.bat", "@echo off\n");
			entry(out, topFolder + "/config/jvm.options", "-XX:+UseG1GC");
		}
		return zip;
	}

	private static void entry(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
