package cn.jianwu.platform.lockout;

import java.time.Duration;
import java.time.Instant;

import cn.jianwu.platform.lockout.LockEscalation.Lock;
import cn.jianwu.platform.lockout.LockEscalation.LockHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LockEscalationTest {

	private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

	private final LockEscalation escalation = new LockEscalation(Duration.ofMinutes(30), 3, LockEscalation.WEEK);

	@Test
	void theFirstLockLastsTheConfiguredTimeAndRaisesNoAlert() {
		Lock first = this.escalation.next(null, T0);
		assertThat(first.count()).isEqualTo(1);
		assertThat(first.until()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
		assertThat(first.untilReissue()).isFalse();
		assertThat(first.alerts()).isFalse();
	}

	@Test
	void eachFurtherLockDoublesThePreviousOneAndAlerts() {
		Instant later = T0.plus(Duration.ofHours(5));
		Lock second = this.escalation.next(this.escalation.next(null, T0).history(), later);
		assertThat(second.count()).isEqualTo(2);
		assertThat(second.duration(later, null)).isEqualTo(Duration.ofMinutes(60));
		assertThat(second.firstLockedAt()).isEqualTo(T0);
		assertThat(second.alerts()).isTrue();
		LockEscalation longer = new LockEscalation(Duration.ofMinutes(30), 5, LockEscalation.WEEK);
		LockHistory history = null;
		for (int lock = 1; lock <= 4; lock++) {
			Lock next = longer.next(history, T0.plus(Duration.ofDays(1)));
			assertThat(next.duration(T0.plus(Duration.ofDays(1)), null))
				.isEqualTo(Duration.ofMinutes(30L << (lock - 1)));
			history = next.history();
		}
	}

	@Test
	void theNthLockWithinTheWindowLastsUntilTheDeskReissuesTheCode() {
		LockHistory history = new LockHistory(2, T0, false);
		Instant now = T0.plus(Duration.ofDays(6));
		Lock third = this.escalation.next(history, now);
		assertThat(third.count()).isEqualTo(3);
		assertThat(third.untilReissue()).isTrue();
		assertThat(third.until()).isNull();
		assertThat(third.alerts()).isTrue();
		assertThat(third.duration(now, LockEscalation.WEEK)).isEqualTo(LockEscalation.WEEK);
		// and stays so, however long after
		assertThat(this.escalation.remembers(third.history(), now.plus(Duration.ofDays(365)))).isTrue();
		assertThat(this.escalation.next(third.history(), now.plus(Duration.ofDays(30))).untilReissue()).isTrue();
	}

	@Test
	void locksMoreThanSevenDaysAfterTheFirstStartOver() {
		LockHistory history = new LockHistory(2, T0, false);
		Instant afterTheWindow = T0.plus(LockEscalation.WEEK);
		assertThat(this.escalation.remembers(history, afterTheWindow)).isFalse();
		Lock next = this.escalation.next(history, afterTheWindow);
		assertThat(next.count()).isEqualTo(1);
		assertThat(next.firstLockedAt()).isEqualTo(afterTheWindow);
		assertThat(next.duration(afterTheWindow, null)).isEqualTo(Duration.ofMinutes(30));
		assertThat(next.alerts()).isFalse();
	}

	@Test
	void aFinalLockOnTheFirstTimeWhenConfiguredSo() {
		Lock only = new LockEscalation(Duration.ofMinutes(30), 1, LockEscalation.WEEK).next(null, T0);
		assertThat(only.untilReissue()).isTrue();
		assertThat(only.alerts()).isTrue();
	}

	@Test
	void nonsenseIsRefusedAtStartUp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LockEscalation(Duration.ZERO, 3, LockEscalation.WEEK));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LockEscalation(Duration.ofMinutes(30), 0, LockEscalation.WEEK));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LockEscalation(Duration.ofMinutes(30), 3, Duration.ofMinutes(1)));
	}

}
