package cn.jianwu.hall.lookup;

import java.time.Instant;

import cn.jianwu.platform.lockout.LockEscalation.LockHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookupCountersTest {

	@Test
	void aCodesLockHistoryIsKeptInRedisAsItWas() {
		LockHistory second = new LockHistory(2, Instant.parse("2026-12-01T02:00:00Z"), false);
		LockHistory last = new LockHistory(3, Instant.parse("2026-12-01T02:00:00Z"), true);
		assertThat(LookupCounters.history(LookupCounters.history(second))).isEqualTo(second);
		assertThat(LookupCounters.history(LookupCounters.history(last))).isEqualTo(last);
		assertThat(LookupCounters.history(last)).startsWith("F|3|");
		assertThat(LookupCounters.history((String) null)).isNull();
	}

}
