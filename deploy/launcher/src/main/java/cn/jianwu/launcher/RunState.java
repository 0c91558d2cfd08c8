package cn.jianwu.launcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one {@code start} (or {@code infra}) run has going: the parts it runs, the service
 * processes it started, and whether it is stopping. Shared by the steps of the run, the
 * restarts and the shutdown hook, on their several threads.
 */
final class RunState {

	/** Every part that runs (started or reused), by name. */
	final Map<String, Running> running = new ConcurrentHashMap<>();

	/** The service processes this run started, by service name. */
	final Map<String, Process> serviceProcesses = new ConcurrentHashMap<>();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final CountDownLatch stopped = new CountDownLatch(1);

	/** The services to run, with as many case-query-service instances as asked for. */
	final List<Topology.Service> services;

	RunState(List<Topology.Service> services) {
		this.services = services;
	}

	boolean stopping() {
		return this.stopping.get();
	}

	/**
	 * @return whether this call began the stop (and the caller must carry it out)
	 */
	boolean beginStopping() {
		return this.stopping.compareAndSet(false, true);
	}

	void markStopped() {
		this.stopped.countDown();
	}

	CountDownLatch stopped() {
		return this.stopped;
	}

	boolean isService(String name) {
		return this.services.stream().anyMatch((service) -> service.name().equals(name));
	}

}
