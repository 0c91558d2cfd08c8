package cn.jianwu.launcher;

import java.nio.file.Path;

/**
 * A server or service the launcher started or reuses.
 *
 * @param name its name (pid file, table)
 * @param address where it answers
 * @param pid its PID, or -1 when reused (not ours)
 * @param log its log file, or null when reused
 * @param stopper stops it; does nothing when reused
 * @param startSeconds how long the start took
 */
record Running(String name, String address, long pid, Path log, Runnable stopper, double startSeconds) {

	static Running reused(String name, String address) {
		return new Running(name, address, -1, null, () -> {
		}, 0);
	}

	boolean owned() {
		return this.pid > 0;
	}

}
