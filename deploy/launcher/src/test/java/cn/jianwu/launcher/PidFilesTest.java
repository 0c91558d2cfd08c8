package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PidFilesTest {

	@TempDir
	Path folder;

	@Test
	void aWrittenPidIsReadBackAndListed() {
		PidFiles pidFiles = new PidFiles(this.folder.resolve("run"));

		pidFiles.write("kafka", 4242);
		pidFiles.write("gateway", 4343);

		assertThat(pidFiles.read("kafka")).contains(4242L);
		assertThat(pidFiles.names()).containsExactly("gateway", "kafka");
		assertThat(pidFiles.file("kafka")).hasContent("4242");
	}

	@Test
	void thisJvmIsLiveUnderItsPidFile() {
		PidFiles pidFiles = new PidFiles(this.folder);
		long self = ProcessHandle.current().pid();

		pidFiles.write("launcher", self);

		assertThat(pidFiles.live("launcher")).map(ProcessHandle::pid).contains(self);
	}

	@Test
	void aProcessThatStartedAfterThePidFileWasWrittenIsNotTheRecordedOne() throws IOException {
		PidFiles pidFiles = new PidFiles(this.folder);
		pidFiles.write("kafka", ProcessHandle.current().pid());
		Files.setLastModifiedTime(pidFiles.file("kafka"), FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));

		assertThat(pidFiles.live("kafka")).isEmpty();
	}

	@Test
	void aMissingOrBrokenPidFileMeansNothingRuns() throws IOException {
		PidFiles pidFiles = new PidFiles(this.folder);
		Files.writeString(pidFiles.file("redis"), "not a pid");

		assertThat(pidFiles.live("redis")).isEmpty();
		assertThat(pidFiles.live("postgres")).isEmpty();
		pidFiles.delete("redis");
		assertThat(pidFiles.names()).isEmpty();
	}

}
