package cn.jianwu.hall.call;

import java.time.Clock;

import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.disclosure.DisclosureItems;

import org.springframework.stereotype.Component;

/**
 * A call as staff and the public see it. Whether its announcement and its results are
 * public is disclosure-service's to say: an item is public only once approved and
 * published, and no longer once withdrawn.
 */
@Component
class CallViews {

	private final DisclosureItems items;

	private final Clock clock;

	CallViews(DisclosureItems items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/** Whether the public may see the call: its announcement is public. */
	boolean announced(OpenCall call) {
		return this.items.isPublic(call.announcementItemId());
	}

	/** Everything, for staff. */
	CallView staff(OpenCall call) {
		return view(call, state(call), true);
	}

	/** The results only once they are public. */
	CallView reader(OpenCall call) {
		CallState state = state(call);
		return view(call, state, state == CallState.RESULTS_PUBLISHED);
	}

	CallState state(OpenCall call) {
		boolean resultsPublic = call.resultsItemId() != null && this.items.isPublic(call.resultsItemId());
		return CallStates.at(this.clock.instant(), call.opensAt(), call.closesAt(), call.closedAt(), resultsPublic);
	}

	private static CallView view(OpenCall call, CallState state, boolean withResults) {
		return new CallView(call.id(), call.title(), call.body(), call.department(), call.opensAt(), call.closesAt(),
				call.questions(), state, call.announcementItemId(), call.responses(),
				withResults ? call.resultsItemId() : null, withResults ? call.resultsSummary() : null,
				withResults ? call.adopted() : null);
	}

}
