package cn.jianwu.hall.call;

import java.time.Instant;

import cn.jianwu.hall.api.call.CallState;

/**
 * Where a call stands at a moment: before it opens, scheduled; until it closes (by its
 * time, or once the sweep closed it), open; then closed, until its results are public.
 */
final class CallStates {

	private CallStates() {
	}

	static CallState at(Instant now, Instant opensAt, Instant closesAt, Instant closedAt, boolean resultsPublic) {
		if (resultsPublic) {
			return CallState.RESULTS_PUBLISHED;
		}
		if (closedAt != null || !now.isBefore(closesAt)) {
			return CallState.CLOSED;
		}
		return now.isBefore(opensAt) ? CallState.SCHEDULED : CallState.OPEN;
	}

}
