package cn.jianwu.infra;

import java.time.Duration;

/**
 * The one place where polling loops sleep between two checks.
 */
final class Pause {

	private Pause() {
	}

	static void briefly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", ex);
		}
	}

}
