package cn.jianwu.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.platform.outbox.RelayedEvents.Start;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayedEventsTest {

	static final Instant AT = Instant.parse("2026-12-07T04:00:00Z");

	@Test
	void aCopyOfAnEventInFlightWaitsAndACopyOfOneAcknowledgedIsNotSentAgain() {
		RelayedEvents relayed = new RelayedEvents(10);
		UUID first = RelayedEvents.idOf(new DisclosureWithdrawn("item-1", 1, "撤回", AT));
		UUID copy = RelayedEvents.idOf(new DisclosureWithdrawn("item-1", 1, "撤回", AT));
		assertThat(copy).isEqualTo(first);

		assertThat(relayed.start(first)).isEqualTo(Start.SEND);
		assertThat(relayed.start(copy)).isEqualTo(Start.IN_FLIGHT);
		relayed.finished(first, true);
		assertThat(relayed.start(copy)).isEqualTo(Start.ALREADY_SENT);
	}

	@Test
	void aFailedSendMayBeTriedAgainAndOnlySoManyAcknowledgedEventsAreRemembered() {
		RelayedEvents relayed = new RelayedEvents(1);
		UUID one = RelayedEvents.idOf(new DisclosureWithdrawn("item-1", 1, "撤回", AT));
		UUID other = RelayedEvents.idOf(new DisclosureWithdrawn("item-2", 1, "撤回", AT));
		assertThat(other).isNotEqualTo(one);

		relayed.start(one);
		relayed.finished(one, false);
		assertThat(relayed.start(one)).isEqualTo(Start.SEND);
		relayed.finished(one, true);
		relayed.start(other);
		relayed.finished(other, true);
		assertThat(relayed.start(one)).as("forgotten").isEqualTo(Start.SEND);
	}

}
