package cn.jianwu.portal.console.booking;

import java.time.LocalDateTime;

import cn.jianwu.hall.api.booking.SlotChangeResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the day view says after a slot was moved or cancelled. */
class SlotChangeWordsTest {

	private static final LocalDateTime SLOT = LocalDateTime.of(2026, 12, 8, 9, 0);

	@Test
	void aMoveSaysWhereTheBookingsWentAndWhomTheDeskMustCall() {
		assertThat(ServiceDayController.outcome(ServiceDayController.SlotChange.MOVE, SLOT, SLOT.plusDays(1),
				new SlotChangeResult(3, 1)))
			.isEqualTo("已将 2026-12-08 09:00 时段的 3 个预约调整至 2026-12-09 09:00；其中 1 人已通过微信收到通知，其余 2 人请电话告知。");
	}

	@Test
	void aCancellationReachedEveryoneOnWeChat() {
		assertThat(ServiceDayController.outcome(ServiceDayController.SlotChange.CANCEL, SLOT, null,
				new SlotChangeResult(2, 2)))
			.isEqualTo("已取消 2026-12-08 09:00 时段，涉及 2 个预约，该时段不再接受预约；其中 2 人已通过微信收到通知。");
	}

}
