package cn.jianwu.disclosure.identity;

import java.time.Duration;
import java.time.Instant;

import cn.jianwu.disclosure.identity.LoginPacing.Failures;
import cn.jianwu.disclosure.identity.LoginPacing.Settings;
import cn.jianwu.disclosure.identity.LoginPacing.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPacingTest {

	private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

	private final LoginPacing pacing = new LoginPacing(new Settings(Duration.ofMinutes(15), 5, Duration.ofSeconds(1),
			Duration.ofMinutes(15), Duration.ofSeconds(3), 20));

	@Test
	void theFirstFailuresCostNothing() {
		assertThat(this.pacing.judge(Failures.NONE, NOW)).isEqualTo(new Verdict.Allowed(Duration.ZERO));
		assertThat(this.pacing.judge(new Failures(4, NOW, 4, 4, NOW), NOW))
			.isEqualTo(new Verdict.Allowed(Duration.ZERO));
	}

	@Test
	void aFailingClientWaitsLongerAfterEachFurtherFailure() {
		assertThat(this.pacing.delay(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.pacing.delay(6)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.pacing.delay(10)).isEqualTo(Duration.ofSeconds(32));
		assertThat(this.pacing.delay(20)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.pacing.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));

		Instant last = NOW.minusMillis(500);
		assertThat(this.pacing.judge(new Failures(5, last, 5, 5, last), NOW))
			.isEqualTo(new Verdict.Refused(Duration.ofMillis(500)));
		assertThat(this.pacing.judge(new Failures(7, NOW.minusSeconds(3), 7, 7, last), NOW))
			.isEqualTo(new Verdict.Refused(Duration.ofSeconds(1)));
	}

	@Test
	void aFailingClientMayTryAgainOnceItsDelayHasPassed() {
		Verdict verdict = this.pacing.judge(new Failures(6, NOW.minusSeconds(2), 6, 6, NOW.minusSeconds(60)), NOW);
		assertThat(verdict).isInstanceOf(Verdict.Allowed.class);
	}

	@Test
	void aStrangersFailuresCostTheOwnerAFewSecondsAtMost() {
		// 50 failures for the account from elsewhere, none from the owner's client
		assertThat(this.pacing.judge(new Failures(0, null, 50, 0, null), NOW))
			.isEqualTo(new Verdict.Allowed(Duration.ofSeconds(3)));
		assertThat(this.pacing.judge(new Failures(0, null, 5, 0, null), NOW))
			.isEqualTo(new Verdict.Allowed(Duration.ofSeconds(1)));
	}

	@Test
	void aClientFailingOnManyAccountsIsRefusedUntilItsOldestFailureLeavesTheWindow() {
		Failures spraying = new Failures(1, NOW.minusSeconds(1), 1, 20, NOW.minus(Duration.ofMinutes(10)));
		assertThat(this.pacing.judge(spraying, NOW)).isEqualTo(new Verdict.Refused(Duration.ofMinutes(5)));
		Failures belowTheLimit = new Failures(1, NOW.minusSeconds(1), 1, 19, NOW.minus(Duration.ofMinutes(10)));
		assertThat(this.pacing.judge(belowTheLimit, NOW)).isEqualTo(new Verdict.Allowed(Duration.ZERO));
	}

	@Test
	void alertsAtTheThresholdAndEachTimeTheFailuresDouble() {
		assertThat(this.pacing.alertsAt(4)).isFalse();
		assertThat(this.pacing.alertsAt(5)).isTrue();
		assertThat(this.pacing.alertsAt(6)).isFalse();
		assertThat(this.pacing.alertsAt(10)).isTrue();
		assertThat(this.pacing.alertsAt(15)).isFalse();
		assertThat(this.pacing.alertsAt(20)).isTrue();
		assertThat(this.pacing.alertsAt(40)).isTrue();
		assertThat(this.pacing.alertsAt(45)).isFalse();
	}

}
