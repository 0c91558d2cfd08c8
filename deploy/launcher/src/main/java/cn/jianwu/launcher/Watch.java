package cn.jianwu.launcher;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import cn.jianwu.infra.ProcessControl;

/**
 * The launcher in the foreground once everything is up: reports parts that end on their
 * own and restarts parts on request ({@code run.sh restart}), until the run is stopped.
 */
final class Watch {

	private final RunState state;

	private final Restarts restarts;

	/** PIDs already reported as ended. */
	private final Set<Long> reportedDead = ConcurrentHashMap.newKeySet();

	Watch(RunState state, Restarts restarts) {
		this.state = state;
		this.restarts = restarts;
	}

	void untilStopped() {
		try {
			while (!this.state.stopped().await(500, TimeUnit.MILLISECONDS)) {
				if (this.state.stopping()) {
					continue;
				}
				this.restarts.takeRequests();
				for (Running server : this.state.running.values()) {
					if (server.owned() && !this.restarts.isRestarting(server.name())
							&& !ProcessControl.isAlive(server.pid()) && this.reportedDead.add(server.pid())) {
						Console.say("WARNING: " + server.name() + " (pid " + server.pid() + ") has ended; see "
								+ server.log() + "; start it again with deploy/local/run.sh restart " + server.name());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
