package cn.jianwu.infra;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops processes by PID: a polite signal first, {@code kill -9} when the process does
 * not end in time. Descendants that outlive their parent are stopped the same way.
 */
public final class ProcessControl {

	private static final Duration KILL_WAIT = Duration.ofSeconds(5);

	private static final Duration ORPHAN_WAIT = Duration.ofSeconds(2);

	private ProcessControl() {
	}

	/**
	 * Whether a process with this PID runs.
	 * @param pid the PID
	 * @return {@code true} when it is alive
	 */
	public static boolean isAlive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * Sends SIGTERM, waits, then kills (SIGKILL) the process and any descendant still
	 * alive.
	 * @param pid the PID
	 * @param timeout how long the process may take to end after SIGTERM
	 * @return {@code true} when a process with this PID was running
	 */
	public static boolean terminate(long pid, Duration timeout) {
		return terminate(pid, "TERM", timeout);
	}

	/**
	 * Sends a signal ({@code TERM}, {@code INT}, ...), waits, then kills (SIGKILL) the
	 * process and any descendant still alive.
	 * @param pid the PID
	 * @param signal the name of the first signal, without {@code SIG}
	 * @param timeout how long the process may take to end after the first signal
	 * @return {@code true} when a process with this PID was running
	 */
	public static boolean terminate(long pid, String signal, Duration timeout) {
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty() || !handle.get().isAlive()) {
			return false;
		}
		ProcessHandle process = handle.get();
		List<ProcessHandle> descendants = process.descendants().toList();
		if ("TERM".equals(signal)) {
			process.destroy();
		}
		else {
			signal(pid, signal);
		}
		if (!waitForExit(process, timeout)) {
			process.destroyForcibly();
			waitForExit(process, KILL_WAIT);
		}
		for (ProcessHandle descendant : descendants) {
			if (descendant.isAlive()) {
				descendant.destroy();
				if (!waitForExit(descendant, ORPHAN_WAIT)) {
					descendant.destroyForcibly();
					waitForExit(descendant, KILL_WAIT);
				}
			}
		}
		return true;
	}

	/**
	 * Sends a signal with {@code kill -s}.
	 * @param pid the PID
	 * @param signal the signal name without {@code SIG}, for example {@code INT}
	 */
	public static void signal(long pid, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not send SIG" + signal + " to pid " + pid, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Waits until the process has ended.
	 * @param process the process
	 * @param timeout how long to wait at most
	 * @return {@code true} when it ended in time
	 */
	public static boolean waitForExit(ProcessHandle process, Duration timeout) {
		if (!process.isAlive()) {
			return true;
		}
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	/**
	 * The process and all its live descendants.
	 * @param pid the PID
	 * @return the handles, the process first; empty when it does not run
	 */
	public static List<ProcessHandle> withDescendants(long pid) {
		List<ProcessHandle> all = new ArrayList<>();
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent((process) -> {
			all.add(process);
			process.descendants().forEach(all::add);
		});
		return all;
	}

}
