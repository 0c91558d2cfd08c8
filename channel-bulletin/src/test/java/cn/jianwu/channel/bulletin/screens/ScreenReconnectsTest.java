package cn.jianwu.channel.bulletin.screens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ScreenReconnectsTest {

	static final Duration GRACE = Duration.ofMillis(300);

	private final ScreenPresence presence = mock(ScreenPresence.class);

	private final ScreenReconnects reconnects = new ScreenReconnects(this.presence,
			new ScreensProperties(Duration.ofSeconds(15), Duration.ofSeconds(45), Duration.ofMillis(500),
					Duration.ofMinutes(30), 100, GRACE, Duration.ofMillis(20)));

	private final Instant stored = Instant.now();

	@Test
	void aScreenWhoseStreamIsRecycledCountsAsReachedWhenItIsBackWithinTheGrace() {
		given(this.presence.leftWithin(List.of("hall-a", "hall-b"), GRACE)).willReturn(Set.of("hall-a"));
		given(this.presence.connectedSince(Set.of("hall-a"), this.stored)).willReturn(Set.of(), Set.of(),
				Set.of("hall-a"));

		assertThat(this.reconnects.awaitReturn(List.of("hall-a", "hall-b"), this.stored)).containsExactly("hall-a");
	}

	@Test
	void aScreenThatStaysAwayPastTheGraceIsNotReached() {
		given(this.presence.leftWithin(List.of("hall-a"), GRACE)).willReturn(Set.of("hall-a"));
		given(this.presence.connectedSince(Set.of("hall-a"), this.stored)).willReturn(Set.of());

		long started = System.nanoTime();
		assertThat(this.reconnects.awaitReturn(List.of("hall-a"), this.stored)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(GRACE)
			.isLessThan(GRACE.multipliedBy(3));
	}

	@Test
	void withNoScreenBetweenStreamsThereIsNothingToWaitFor() {
		given(this.presence.leftWithin(List.of("hall-a"), GRACE)).willReturn(Set.of());

		assertThat(this.reconnects.awaitReturn(List.of("hall-a"), this.stored)).isEmpty();
		verify(this.presence, never()).connectedSince(any(), any());
	}

}
