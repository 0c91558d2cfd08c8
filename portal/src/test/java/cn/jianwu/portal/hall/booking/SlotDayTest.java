package cn.jianwu.portal.hall.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.jianwu.hall.api.booking.Slot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotDayTest {

	private static Slot slot(int day, int hour, int remaining, int waitlisted, boolean bookable, boolean cancelled) {
		LocalDateTime start = LocalDateTime.of(2026, 12, day, hour, 0);
		return new Slot(start, start.plusMinutes(30), 3, remaining, waitlisted, bookable, cancelled);
	}

	@Test
	void groupsSlotsByDayInTimeOrder() {
		List<SlotDay> days = SlotDay
			.of(List.of(slot(9, 10, 3, 0, true, false), slot(8, 14, 3, 0, true, false), slot(8, 9, 3, 0, true, false)));
		assertThat(days).extracting(SlotDay::day).containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9));
		assertThat(days.get(0).slots()).extracting((slot) -> slot.start().getHour()).containsExactly(9, 14);
		assertThat(SlotDay.of(List.of())).isEmpty();
	}

	@Test
	void saysWhatEachSlotOffers() {
		SlotDay day = SlotDay.of(List.of(slot(8, 9, 2, 0, true, false))).get(0);
		assertThat(day.availability(slot(8, 9, 2, 0, true, false))).isEqualTo("余2个名额");
		assertThat(day.availability(slot(8, 9, 0, 0, true, false))).isEqualTo("已约满，可候补");
		assertThat(day.availability(slot(8, 9, 0, 4, true, false))).isEqualTo("已约满，可候补（已有4人候补）");
		assertThat(day.availability(slot(8, 9, 3, 0, false, true))).isEqualTo("已取消");
		assertThat(day.availability(slot(8, 9, 1, 0, false, false))).isEqualTo("不可预约");
	}

	@Test
	void aFullSlotIsOneToWaitForOnlyWhileItCanBeBooked() {
		SlotDay day = SlotDay.of(List.of(slot(8, 9, 0, 0, true, false))).get(0);
		assertThat(day.full(slot(8, 9, 0, 0, true, false))).isTrue();
		assertThat(day.full(slot(8, 9, 1, 0, true, false))).isFalse();
		assertThat(day.full(slot(8, 9, 0, 0, false, false))).isFalse();
		assertThat(day.anyBookable()).isTrue();
		assertThat(SlotDay.of(List.of(slot(8, 9, 0, 0, false, true))).get(0).anyBookable()).isFalse();
	}

}
