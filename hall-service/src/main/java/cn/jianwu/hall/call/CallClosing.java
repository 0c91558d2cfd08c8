package cn.jianwu.hall.call;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.HallCallClosed;
import cn.jianwu.hall.api.call.CallAction;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.outbox.HallOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the calls whose time is up: each closing is stored, audited and announced
 * ({@code call.closed}, with the number of responses) in one transaction, so that a call
 * is closed, and announced, exactly once.
 */
@Service
class CallClosing {

	/** The platform closes calls by their time; no member of staff does. */
	static final String ACTOR = "hall-service";

	static final String ACTOR_NAME = "系统";

	private static final Logger log = LoggerFactory.getLogger(CallClosing.class);

	private final CallRepository calls;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	private final Clock clock;

	CallClosing(CallRepository calls, HandlingAudit audit, HallOutbox outbox, Clock clock) {
		this.calls = calls;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Closes every call that is due; answers how many. */
	@Transactional
	int closeDue() {
		return close(null);
	}

	/** Closes one call if it is due and still open. */
	@Transactional
	void closeIfDue(UUID callId) {
		close(callId);
	}

	private int close(UUID callId) {
		Instant now = this.clock.instant();
		List<CallRepository.Closed> closed = this.calls.closeDue(now, callId);
		for (CallRepository.Closed call : closed) {
			this.audit.append(call.id(), CallAction.CLOSE_CALL.name(), ACTOR, ACTOR_NAME, CallState.OPEN.name(),
					CallState.CLOSED.name(), "收到意见" + call.responses() + "条", call.closedAt());
			this.outbox.record(new HallCallClosed(call.id().toString(), call.closedAt(), (int) call.responses()));
			log.info("Open call {} closed with {} responses", call.id(), call.responses());
		}
		return closed.size();
	}

}
