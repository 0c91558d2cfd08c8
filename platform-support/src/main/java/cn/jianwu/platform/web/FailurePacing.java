package cn.jianwu.platform.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;

/**
 * Holds a failure's answer back until its time (a public query or lookup answers no
 * sooner than a fixed time after the request arrived, whatever went wrong) without
 * holding a request thread: the controller returns a future that this completes, so that
 * slowed-down failures under attack do not use up the server's threads. A service
 * declares it as a bean.
 */
public class FailurePacing implements DisposableBean {

	private final ScheduledExecutorService timer;

	/**
	 * @param threadName the name of the one timer thread, as thread dumps show it
	 */
	public FailurePacing(String threadName) {
		this.timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * @param notBefore {@link System#nanoTime()} before which the answer must not go
	 * @param answer the answer
	 * @param <T> its type
	 * @return the answer, completed at its time
	 */
	public <T> CompletableFuture<T> notBefore(long notBefore, T answer) {
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
