package cn.jianwu.launcher;

import java.util.concurrent.ExecutorService;

/**
 * What every start step of a run works with: where the run keeps its files, what was
 * asked for, what runs so far, the pid files, how each part is started again, and the
 * threads that start parts side by side.
 */
record StartContext(Layout layout, LauncherOptions options, RunState state, PidFiles pidFiles, Restarts restarts,
		ExecutorService starters) {
}
