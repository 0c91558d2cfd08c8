package cn.jianwu.channel.wechat.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackWindowTest {

	private static final long NOW = 1_765_000_000L;

	private final CallbackWindow window = new CallbackWindow(Duration.ofSeconds(300),
			Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

	@Test
	void acceptsTimestampsWithinTheWindowOnEitherSide() {
		assertThat(this.window.contains(Long.toString(NOW))).isTrue();
		assertThat(this.window.contains(Long.toString(NOW - 300))).isTrue();
		assertThat(this.window.contains(Long.toString(NOW + 300))).isTrue();
	}

	@Test
	void refusesOlderOrLaterTimestamps() {
		assertThat(this.window.contains(Long.toString(NOW - 301))).isFalse();
		assertThat(this.window.contains(Long.toString(NOW + 301))).isFalse();
		assertThat(this.window.contains("0")).isFalse();
	}

	@Test
	void refusesWhatIsNotATimestamp() {
		assertThat(this.window.contains(null)).isFalse();
		assertThat(this.window.contains("")).isFalse();
		assertThat(this.window.contains("-" + NOW)).isFalse();
		assertThat(this.window.contains(NOW + ".0")).isFalse();
		assertThat(this.window.contains("9".repeat(40))).isFalse();
	}

	@Test
	void remembersNoncesForTwiceTheWindow() {
		assertThat(this.window.nonceMemory()).isEqualTo(Duration.ofSeconds(600));
	}

}
