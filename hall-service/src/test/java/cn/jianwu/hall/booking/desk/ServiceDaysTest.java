package cn.jianwu.hall.booking.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.ServiceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDaysTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

	@Test
	void aSlotIsBookableInsideTheWindowOnly() {
		BookableService service = service(true, List.of(), List.of());
		assertThat(ServiceDays.bookable(service, NOW.plusHours(2), false, NOW)).isTrue();
		// booking closes 2 hours before
		assertThat(ServiceDays.bookable(service, NOW.plusHours(1), false, NOW)).isFalse();
		// 7 days ahead at most
		assertThat(ServiceDays.bookable(service, NOW.plusDays(7), false, NOW)).isTrue();
		assertThat(ServiceDays.bookable(service, NOW.plusDays(8), false, NOW)).isFalse();
	}

	@Test
	void cancelledSlotsBlackoutDaysOtherDaysAndInactiveServicesAreNotBookable() {
		LocalDateTime tomorrow = NOW.plusDays(1);
		assertThat(ServiceDays.bookable(service(true, List.of(), List.of()), tomorrow, true, NOW)).isFalse();
		assertThat(ServiceDays.bookable(service(false, List.of(), List.of()), tomorrow, false, NOW)).isFalse();
		assertThat(
				ServiceDays.bookable(service(true, List.of(), List.of(tomorrow.toLocalDate())), tomorrow, false, NOW))
			.isFalse();
		assertThat(ServiceDays.bookable(service(true, List.of(NOW.toLocalDate().plusDays(2)), List.of()), tomorrow,
				false, NOW))
			.isFalse();
		assertThat(
				ServiceDays.bookable(service(true, List.of(tomorrow.toLocalDate()), List.of()), tomorrow, false, NOW))
			.isTrue();
	}

	private static BookableService service(boolean active, List<LocalDate> dates, List<LocalDate> blackout) {
		return new BookableService(UUID.randomUUID(), ServiceKind.VISIT, ServiceKind.VISIT.label(), "控告申诉来访接待",
				"控告申诉检察部", null, "检察服务大厅2号接待室", LocalTime.of(9, 0), LocalTime.of(17, 0), 30, 3, 7, 2, dates, blackout,
				null, active, false);
	}

}
