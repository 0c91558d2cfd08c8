package cn.jianwu.hall.call;

import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.api.call.CallState;

import org.springframework.stereotype.Component;

/**
 * Whether the public may respond to a call now, for whoever takes the responses in: only
 * while it is open and its announcement is public. A response lands with the call's
 * department.
 */
@Component
public class CallResponses {

	private final CallRepository calls;

	private final CallViews views;

	CallResponses(CallRepository calls, CallViews views) {
		this.calls = calls;
		this.views = views;
	}

	/**
	 * The department that handles responses to the call, or empty when the call is
	 * unknown, not announced, not open yet or closed.
	 */
	public Optional<String> takingResponses(UUID callId) {
		return this.calls.find(callId)
			.filter(this.views::announced)
			.filter((call) -> this.views.state(call) == CallState.OPEN)
			.map(OpenCall::department);
	}

}
