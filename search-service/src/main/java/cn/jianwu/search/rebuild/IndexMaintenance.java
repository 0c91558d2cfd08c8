package cn.jianwu.search.rebuild;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * Keeps a rebuild and a reconciliation of this instance apart: a reconciliation compares
 * against the index behind the alias, which a rebuild is about to replace. A semaphore,
 * not a lock, because a rebuild takes it on its own thread and the reconciler on another.
 */
@Component
class IndexMaintenance {

	private final Semaphore permit = new Semaphore(1);

	/** For a reconciliation: it skips a turn rather than wait for a rebuild. */
	boolean tryAcquire() {
		return this.permit.tryAcquire();
	}

	/** For a rebuild: it waits for a reconciliation to end. */
	void acquire() throws InterruptedException {
		this.permit.acquire();
	}

	void release() {
		this.permit.release();
	}

}
