package cn.jianwu.casequery.query;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Holds an answer back until its time ({@link QueryResult#notBefore()}) without holding a
 * request thread: the channels return a future that this completes, so that slowed-down
 * failures under attack do not use up the server's threads.
 */
@Component
public class FailurePacing implements DisposableBean {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "query-pacing");
		thread.setDaemon(true);
		return thread;
	});

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
