package cn.jianwu.search.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The state of one rebuild, written by its thread and read by progress requests. */
final class RebuildRun {

	private final Instant startedAt = Instant.now();

	private final AtomicLong done = new AtomicLong();

	private volatile String state = "RUNNING";

	private volatile String phase = "PREPARING";

	private volatile String index;

	private volatile String previousIndex;

	private volatile Long total;

	private volatile Long indexed;

	private volatile long fillStartedNanos;

	private volatile long fillEndedNanos;

	private volatile Instant finishedAt;

	private volatile String error;

	boolean running() {
		return "RUNNING".equals(this.state);
	}

	void indices(String index, String previousIndex) {
		this.index = index;
		this.previousIndex = previousIndex;
	}

	void filling() {
		this.phase = "FILLING";
		this.fillStartedNanos = System.nanoTime();
	}

	void total(Long total) {
		if (total != null) {
			this.total = total;
		}
	}

	void written(int items) {
		this.done.addAndGet(items);
	}

	void phase(String phase) {
		if (this.fillEndedNanos == 0 && this.fillStartedNanos != 0) {
			this.fillEndedNanos = System.nanoTime();
		}
		this.phase = phase;
	}

	void done(long indexed) {
		this.indexed = indexed;
		this.phase = null;
		this.finishedAt = Instant.now();
		this.state = "DONE";
	}

	void failed(String error) {
		this.error = error;
		this.finishedAt = Instant.now();
		this.state = "FAILED";
	}

	RebuildProgress progress() {
		return new RebuildProgress(this.state, this.phase, this.index, this.previousIndex, this.done.get(), this.total,
				rate(), this.indexed, this.startedAt, this.finishedAt, this.error);
	}

	private double rate() {
		if (this.fillStartedNanos == 0) {
			return 0;
		}
		long end = (this.fillEndedNanos != 0) ? this.fillEndedNanos : System.nanoTime();
		double seconds = Duration.ofNanos(end - this.fillStartedNanos).toMillis() / 1000.0;
		return (seconds > 0) ? Math.round(this.done.get() / seconds * 10) / 10.0 : 0;
	}

}
