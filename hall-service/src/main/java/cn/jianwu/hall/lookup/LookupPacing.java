package cn.jianwu.hall.lookup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Holds a failed lookup's answer back until {@code failure-min-duration} after the
 * request arrived, without holding a request thread, so that slowed-down failures under
 * attack do not use up the server's threads.
 */
@Component
class LookupPacing implements DisposableBean {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "hall-lookup-pacing");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param notBefore {@link System#nanoTime()} before which the answer must not go
	 * @param answer the answer
	 * @param <T> its type
	 * @return the answer, completed at its time
	 */
	<T> CompletableFuture<T> notBefore(long notBefore, T answer) {
		long wait = notBefore - System.nanoTime();
		if (wait <= 0) {
			return CompletableFuture.completedFuture(answer);
		}
		CompletableFuture<T> future = new CompletableFuture<>();
		this.timer.schedule(() -> future.complete(answer), wait, TimeUnit.NANOSECONDS);
		return future;
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
