package cn.jianwu.hall.call;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, closes the calls whose time is up. Safe with several instances: the
 * closing itself makes sure that each call is closed once.
 */
@Component
public class CallSweep {

	private final CallClosing closing;

	CallSweep(CallClosing closing) {
		this.closing = closing;
	}

	/** Closes what is due now; answers how many calls it closed. */
	@Scheduled(fixedDelayString = "${jianwu.hall.calls.sweep-interval:60s}",
			initialDelayString = "${jianwu.hall.calls.sweep-interval:60s}")
	public int sweep() {
		return this.closing.closeDue();
	}

}
