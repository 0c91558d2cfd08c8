package cn.jianwu.portal.hall.booking;

import cn.jianwu.hall.api.booking.AppointmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingStatesTest {

	@Test
	void everyStateIsExplainedToThePersonWhoBooked() {
		for (AppointmentState state : AppointmentState.values()) {
			assertThat(BookingStates.INSTANCE.explain(state, 0)).as(state.name()).isNotBlank();
		}
		assertThat(BookingStates.INSTANCE.explain(null, 0)).isEmpty();
	}

	@Test
	void aWaitlistedBookingIsToldItsPlaceAndNotToComeUnlessPromoted() {
		assertThat(BookingStates.INSTANCE.explain(AppointmentState.WAITLISTED, 2)).contains("排第2位", "未递补成功请勿前来");
		assertThat(BookingStates.INSTANCE.explain(AppointmentState.PENDING_CONFIRMATION, 0)).contains("保留", "确认");
	}

}
