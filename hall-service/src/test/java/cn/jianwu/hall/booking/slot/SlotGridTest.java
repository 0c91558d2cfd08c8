package cn.jianwu.hall.booking.slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.booking.Slot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slot grid on the working-day calendar: opening hours, slot length, the service's
 * own dates, blackouts, holidays and adjusted working days, and the booking window.
 */
class SlotGridTest {

	/** Mon 7 Dec 2026, 10:00 in the hall. */
	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

	/** Weekends off, Fri 11 Dec a holiday, Sat 12 Dec an adjusted working day. */
	private static final Predicate<LocalDate> WORKING = (day) -> {
		if (day.equals(LocalDate.of(2026, 12, 11))) {
			return false;
		}
		if (day.equals(LocalDate.of(2026, 12, 12))) {
			return true;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	};

	@Test
	void slotsAreCutFromTheOpeningHoursAndALastPartialSlotIsDropped() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(11, 40), 30, List.of(), List.of());
		assertThat(SlotGrid.startsOn(service, LocalDate.of(2026, 12, 8))).extracting(LocalDateTime::toLocalTime)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30),
					LocalTime.of(11, 0));
		assertThat(SlotGrid.end(service, LocalDateTime.of(2026, 12, 8, 11, 0)))
			.isEqualTo(LocalDateTime.of(2026, 12, 8, 11, 30));
	}

	@Test
	void onlyTheGridsStartsAreSlots() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(12, 0), 30, List.of(), List.of());
		assertThat(SlotGrid.onGrid(service, LocalDateTime.of(2026, 12, 8, 9, 30))).isTrue();
		assertThat(SlotGrid.onGrid(service, LocalDateTime.of(2026, 12, 8, 9, 15))).isFalse();
		assertThat(SlotGrid.onGrid(service, LocalDateTime.of(2026, 12, 8, 8, 30))).isFalse();
		assertThat(SlotGrid.onGrid(service, LocalDateTime.of(2026, 12, 8, 12, 0))).isFalse();
	}

	@Test
	void workingDaysOfTheCalendarMinusBlackouts() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(12, 0), 60, List.of(),
				List.of(LocalDate.of(2026, 12, 9)));
		assertThat(SlotGrid.offeredOn(service, LocalDate.of(2026, 12, 8), WORKING)).isTrue();
		assertThat(SlotGrid.offeredOn(service, LocalDate.of(2026, 12, 9), WORKING)).as("blackout").isFalse();
		assertThat(SlotGrid.offeredOn(service, LocalDate.of(2026, 12, 11), WORKING)).as("holiday").isFalse();
		assertThat(SlotGrid.offeredOn(service, LocalDate.of(2026, 12, 12), WORKING)).as("adjusted Saturday").isTrue();
		assertThat(SlotGrid.offeredOn(service, LocalDate.of(2026, 12, 13), WORKING)).as("Sunday").isFalse();
	}

	@Test
	void aServiceWithDatesIsOfferedOnThoseWorkingDaysOnly() {
		BookableService chief = service(LocalTime.of(9, 0), LocalTime.of(12, 0), 60,
				List.of(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11)), List.of());
		assertThat(SlotGrid.offeredOn(chief, LocalDate.of(2026, 12, 10), WORKING)).isTrue();
		assertThat(SlotGrid.offeredOn(chief, LocalDate.of(2026, 12, 9), WORKING)).isFalse();
		assertThat(SlotGrid.offeredOn(chief, LocalDate.of(2026, 12, 11), WORKING)).as("a date on a holiday").isFalse();
	}

	@Test
	void theBookingWindowClosesHoursBeforeAndOpensDaysAhead() {
		// closes 24 hours before, 7 days ahead
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(17, 0), 60, List.of(), List.of());
		assertThat(SlotGrid.inWindow(service, LocalDateTime.of(2026, 12, 8, 10, 0), NOW)).as("exactly 24h").isTrue();
		assertThat(SlotGrid.inWindow(service, LocalDateTime.of(2026, 12, 8, 9, 0), NOW)).as("23h").isFalse();
		assertThat(SlotGrid.inWindow(service, LocalDateTime.of(2026, 12, 14, 16, 0), NOW)).as("7th day").isTrue();
		assertThat(SlotGrid.inWindow(service, LocalDateTime.of(2026, 12, 15, 9, 0), NOW)).as("8th day").isFalse();
	}

	@Test
	void whyNotNamesTheFirstRuleBrokenInChinese() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(17, 0), 60, List.of(),
				List.of(LocalDate.of(2026, 12, 9)));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 7, 9, 0), NOW, WORKING))
			.hasValue("所选时段已过，请选择其他时段");
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 10, 9, 30), NOW, WORKING))
			.hasValueSatisfying((why) -> assertThat(why).contains("不在该服务的接待时段内"));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 10, 17, 0), NOW, WORKING))
			.as("closing time is no slot")
			.isPresent();
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 9, 9, 0), NOW, WORKING))
			.hasValueSatisfying((why) -> assertThat(why).contains("不接待"));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 13, 9, 0), NOW, WORKING))
			.hasValueSatisfying((why) -> assertThat(why).contains("不接待"));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 8, 9, 0), NOW, WORKING))
			.hasValueSatisfying((why) -> assertThat(why).contains("截止预约").contains("24小时"));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 16, 9, 0), NOW, WORKING))
			.hasValueSatisfying((why) -> assertThat(why).contains("7天"));
		assertThat(SlotGrid.whyNot(service, LocalDateTime.of(2026, 12, 10, 9, 0), NOW, WORKING)).isEmpty();
	}

	@Test
	void staffMayMoveInsideTheBookingWindowButNotOffTheGrid() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(17, 0), 60, List.of(), List.of());
		assertThat(SlotGrid.whyNotForStaff(service, LocalDateTime.of(2026, 12, 7, 15, 0), NOW, WORKING)).isEmpty();
		assertThat(SlotGrid.whyNotForStaff(service, LocalDateTime.of(2026, 12, 7, 15, 30), NOW, WORKING)).isPresent();
		assertThat(SlotGrid.whyNotForStaff(service, LocalDateTime.of(2026, 12, 13, 9, 0), NOW, WORKING)).isPresent();
		assertThat(SlotGrid.whyNotForStaff(service, LocalDateTime.of(2026, 12, 7, 9, 0), NOW, WORKING)).isPresent();
	}

	@Test
	void theListingShowsPlacesWaitlistsCancelledSlotsAndWhatCanBeBooked() {
		BookableService service = service(LocalTime.of(9, 0), LocalTime.of(11, 0), 60, List.of(),
				List.of(LocalDate.of(2026, 12, 9)));
		LocalDateTime full = LocalDateTime.of(2026, 12, 10, 9, 0);
		LocalDateTime cancelled = LocalDateTime.of(2026, 12, 10, 10, 0);
		Map<LocalDateTime, SlotRepository.SlotRow> rows = Map.of(full,
				new SlotRepository.SlotRow(full, full.plusHours(1), 3, 3, false), cancelled,
				new SlotRepository.SlotRow(cancelled, cancelled.plusHours(1), 3, 1, true));

		List<Slot> slots = SlotListing.slots(service, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), NOW,
				WORKING, rows, Map.of(full, 2));

		// Mon 7 (2), Tue 8 (2), Thu 10 (2), Sat 12 adjusted (2); Wed 9 blackout, Fri 11
		// holiday, Sun 13
		assertThat(slots).extracting((slot) -> slot.start().toLocalDate())
			.containsOnly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10),
					LocalDate.of(2026, 12, 12))
			.hasSize(8);
		Slot fullSlot = slots.stream().filter((slot) -> slot.start().equals(full)).findFirst().orElseThrow();
		assertThat(fullSlot.remaining()).isZero();
		assertThat(fullSlot.waitlisted()).isEqualTo(2);
		assertThat(fullSlot.bookable()).as("full slots can still be booked onto the waitlist").isTrue();
		Slot cancelledSlot = slots.stream().filter((slot) -> slot.start().equals(cancelled)).findFirst().orElseThrow();
		assertThat(cancelledSlot.cancelled()).isTrue();
		assertThat(cancelledSlot.bookable()).isFalse();
		assertThat(cancelledSlot.remaining()).isZero();
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalDate().equals(LocalDate.of(2026, 12, 7)))
			.allSatisfy((slot) -> assertThat(slot.bookable()).as("today is inside 24h").isFalse());
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalDate().equals(LocalDate.of(2026, 12, 12)))
			.allSatisfy((slot) -> assertThat(slot.bookable()).isTrue())
			.allSatisfy((slot) -> assertThat(slot.remaining()).isEqualTo(3));
		assertThat(Set.copyOf(slots.stream().map(Slot::capacity).toList())).containsExactly(3);
	}

	static BookableService service(LocalTime opens, LocalTime closes, int minutes, List<LocalDate> dates,
			List<LocalDate> blackouts) {
		return new BookableService(UUID.randomUUID(), ServiceKind.VISIT, ServiceKind.VISIT.label(), "控告申诉来访接待",
				"控告申诉检察部", null, "检察服务大厅1号接待室", opens, closes, minutes, 3, 7, 24, dates, blackouts, null, true, false);
	}

}
