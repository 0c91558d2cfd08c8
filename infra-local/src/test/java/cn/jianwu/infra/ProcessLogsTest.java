package cn.jianwu.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessLogsTest {

	@TempDir
	Path folder;

	@Test
	void tailReturnsTheLastLinesOldestFirst() throws IOException {
		Path log = this.folder.resolve("server.log");
		Files.writeString(log,
				IntStream.rangeClosed(1, 100).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n")) + "\n");

		assertThat(ProcessLogs.tail(log, 3)).containsExactly("line 98", "line 99", "line 100");
	}

	@Test
	void tailOfAShortFileIsTheWholeFile() throws IOException {
		Path log = this.folder.resolve("server.log");
		Files.writeString(log, "only\nthree\nlines");

		assertThat(ProcessLogs.tail(log, 30)).containsExactly("only", "three", "lines");
	}

	@Test
	void tailOfAHugeFileReadsOnlyItsEndAndDropsTheCutFirstLine() throws IOException {
		Path log = this.folder.resolve("server.log");
		String longLine = "x".repeat(1000);
		Files.write(log, IntStream.range(0, 2000).mapToObj((i) -> i + " " + longLine).toList());

		List<String> tail = ProcessLogs.tail(log, 2000);

		assertThat(tail).isNotEmpty().hasSizeLessThan(2000).allMatch((line) -> line.endsWith(longLine));
		assertThat(tail.get(tail.size() - 1)).startsWith("1999 ");
	}

	@Test
	void tailOfAMissingFileIsEmpty() {
		assertThat(ProcessLogs.tail(this.folder.resolve("missing.log"), 30)).isEmpty();
		assertThat(ProcessLogs.tailBlock(this.folder.resolve("missing.log"), 30)).contains("is empty");
	}

	@Test
	void tailBlockNamesTheFileAndIndentsTheLines() throws IOException {
		Path log = this.folder.resolve("server.log");
		Files.writeString(log, "started\nfailed: port in use\n");

		assertThat(ProcessLogs.tailBlock(log, 30)).contains("last 2 lines of " + log)
			.contains("\n  | started\n  | failed: port in use");
	}

}
