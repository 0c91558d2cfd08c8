package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of processes, from {@code /proc/<pid>/status}.
 */
final class ProcessMemory {

	private ProcessMemory() {
	}

	/**
	 * The VmRSS of one process.
	 * @param pid the process
	 * @return kibibytes; 0 when the process is gone
	 */
	static long vmRssKib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.substring(6).replace("kB", "").trim());
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// gone or not Linux
		}
		return 0;
	}

	static String mib(long kib) {
		return (kib + 512) / 1024 + " MB";
	}

}
