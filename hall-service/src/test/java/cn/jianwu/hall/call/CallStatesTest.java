package cn.jianwu.hall.call;

import java.time.Instant;

import cn.jianwu.hall.api.call.CallState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallStatesTest {

	private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2026-12-31T00:00:00Z");

	@Test
	void scheduledUntilItOpensThenOpenUntilItsTimeIsUp() {
		assertThat(CallStates.at(OPENS.minusSeconds(1), OPENS, CLOSES, null, false)).isEqualTo(CallState.SCHEDULED);
		assertThat(CallStates.at(OPENS, OPENS, CLOSES, null, false)).isEqualTo(CallState.OPEN);
		assertThat(CallStates.at(CLOSES.minusSeconds(1), OPENS, CLOSES, null, false)).isEqualTo(CallState.OPEN);
	}

	@Test
	void closedFromItsClosingTimeEvenBeforeTheSweepCame() {
		assertThat(CallStates.at(CLOSES, OPENS, CLOSES, null, false)).isEqualTo(CallState.CLOSED);
		assertThat(CallStates.at(CLOSES.plusSeconds(90), OPENS, CLOSES, CLOSES.plusSeconds(60), false))
			.isEqualTo(CallState.CLOSED);
	}

	@Test
	void resultsPublishedOnlyOnceTheirItemIsPublic() {
		Instant later = CLOSES.plusSeconds(86_400);
		assertThat(CallStates.at(later, OPENS, CLOSES, CLOSES, false)).isEqualTo(CallState.CLOSED);
		assertThat(CallStates.at(later, OPENS, CLOSES, CLOSES, true)).isEqualTo(CallState.RESULTS_PUBLISHED);
	}

}
