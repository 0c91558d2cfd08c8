package cn.jianwu.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The process trees of what the launcher started. A server started through wrappers
 * (Elasticsearch: {@code runuser}, its launch JVM, then the server) counts with its
 * wrappers: the tree starts at the wrapper that is the launcher's own child.
 */
final class ProcessTrees {

	private ProcessTrees() {
	}

	/**
	 * The process's tree: from its topmost ancestor below this JVM (or itself when it is
	 * no descendant of this JVM, like a daemonised PostgreSQL), down to all descendants.
	 * @param pid the process
	 * @return the live processes of the tree
	 */
	static List<ProcessHandle> tree(long pid) {
		return tree(pid, ProcessHandle.current().pid());
	}

	/**
	 * The process's tree, from its topmost ancestor below the given launcher process.
	 * @param pid the process
	 * @param launcherPid the launcher that started it
	 * @return the live processes of the tree
	 */
	static List<ProcessHandle> tree(long pid, long launcherPid) {
		List<ProcessHandle> tree = new ArrayList<>();
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return tree;
		}
		ProcessHandle top = topBelow(process.get(), launcherPid);
		tree.add(top);
		top.descendants().forEach(tree::add);
		return tree;
	}

	private static ProcessHandle topBelow(ProcessHandle process, long launcherPid) {
		ProcessHandle candidate = process;
		Optional<ProcessHandle> parent = process.parent();
		while (parent.isPresent()) {
			if (parent.get().pid() == launcherPid) {
				return candidate;
			}
			candidate = parent.get();
			parent = candidate.parent();
		}
		return process;
	}

	static long residentKib(List<ProcessHandle> processes) {
		return processes.stream().mapToLong((process) -> ProcessMemory.vmRssKib(process.pid())).sum();
	}

}
