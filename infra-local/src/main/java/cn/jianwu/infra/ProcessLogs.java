package cn.jianwu.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the end of a process log file, to show why a server did not start.
 */
public final class ProcessLogs {

	private static final int MAX_TAIL_BYTES = 256 * 1024;

	private ProcessLogs() {
	}

	/**
	 * The last {@code lines} lines of a file; empty when the file does not exist.
	 * @param file the log file
	 * @param lines how many lines at most
	 * @return the lines, oldest first
	 */
	public static List<String> tail(Path file, int lines) {
		if (lines <= 0 || !Files.isRegularFile(file)) {
			return List.of();
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			int size = (int) Math.min(length, MAX_TAIL_BYTES);
			byte[] bytes = new byte[size];
			in.seek(length - size);
			in.readFully(bytes);
			String text = new String(bytes, StandardCharsets.UTF_8);
			List<String> all = Arrays.asList(text.split("\r?\n", -1));
			if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
				all = all.subList(0, all.size() - 1);
			}
			if (size < length && !all.isEmpty()) {
				// the first line is probably cut in the middle
				all = all.subList(1, all.size());
			}
			return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return List.of("(could not read " + file + ": " + ex.getMessage() + ")");
		}
	}

	/**
	 * The last lines of a file as one indented block, ready to be appended to an error
	 * message.
	 * @param file the log file
	 * @param lines how many lines at most
	 * @return the block, starting with a line that names the file
	 */
	public static String tailBlock(Path file, int lines) {
		List<String> tail = tail(file, lines);
		if (tail.isEmpty()) {
			return "\n(" + file + " is empty)";
		}
		StringBuilder block = new StringBuilder("\nlast ").append(tail.size())
			.append(" lines of ")
			.append(file)
			.append(':');
		tail.forEach((line) -> block.append("\n  | ").append(line));
		return block.toString();
	}

}
