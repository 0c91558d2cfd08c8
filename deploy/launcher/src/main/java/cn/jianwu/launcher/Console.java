package cn.jianwu.launcher;

import java.io.PrintStream;

/**
 * What the launcher says, each line with the seconds since it started.
 */
final class Console {

	private static final long STARTED = System.nanoTime();

	private static final PrintStream OUT = System.out;

	private Console() {
	}

	static synchronized void say(String message) {
		String prefix = String.format("[%6.1fs] ", seconds());
		for (String line : message.split("\n", -1)) {
			OUT.println(prefix + line);
			prefix = " ".repeat(prefix.length());
		}
		OUT.flush();
	}

	/** Prints without prefix (tables). */
	static synchronized void print(String text) {
		OUT.print(text);
		OUT.flush();
	}

	static double seconds() {
		return (System.nanoTime() - STARTED) / 1e9;
	}

}
