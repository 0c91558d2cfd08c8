package cn.jianwu.events;

import java.time.Instant;

/**
 * An open call for opinions (征集) closed.
 *
 * @param callId the call's id
 * @param closedAt when it stopped taking responses
 * @param responses how many responses it received
 */
public record HallCallClosed(String callId, Instant closedAt, int responses) implements PlatformEvent {

	@Override
	public String key() {
		return this.callId;
	}

}
