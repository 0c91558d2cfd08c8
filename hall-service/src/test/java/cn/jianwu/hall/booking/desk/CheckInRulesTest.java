package cn.jianwu.hall.booking.desk;

import java.time.LocalDateTime;

import cn.jianwu.hall.api.booking.AppointmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInRulesTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 12, 8, 9, 30);

	private static final LocalDateTime END = START.plusMinutes(30);

	private final CheckInRules rules = new CheckInRules(60);

	@Test
	void aConfirmedBookingChecksInFromAnHourBeforeUntilTheSlotEnds() {
		assertThat(this.rules.refusal(AppointmentState.CONFIRMED, START, END, START.minusMinutes(60))).isEmpty();
		assertThat(this.rules.refusal(AppointmentState.CONFIRMED, START, END, START.plusMinutes(10))).isEmpty();
		assertThat(this.rules.refusal(AppointmentState.CONFIRMED, START, END, END)).isEmpty();
	}

	@Test
	void tooEarlyIsToldWhenCheckInOpens() {
		assertThat(this.rules.refusal(AppointmentState.CONFIRMED, START, END, START.minusMinutes(61)))
			.contains("请在预约时段前1小时内签到。");
		assertThat(new CheckInRules(90).refusal(AppointmentState.CONFIRMED, START, END, START.minusMinutes(91)))
			.contains("请在预约时段前90分钟内签到。");
	}

	@Test
	void afterTheSlotNoCheckIn() {
		assertThat(this.rules.refusal(AppointmentState.CONFIRMED, START, END, END.plusSeconds(1)))
			.contains("预约时段已结束，不能签到。");
		assertThat(this.rules.refusal(AppointmentState.NO_SHOW, START, END, START)).contains("预约时段已结束，不能签到。");
	}

	@Test
	void onlyConfirmedBookingsCheckIn() {
		assertThat(this.rules.refusal(AppointmentState.PENDING_CONFIRMATION, START, END, START))
			.contains("预约尚未确认，暂不能签到。");
		assertThat(this.rules.refusal(AppointmentState.WAITLISTED, START, END, START)).contains("预约尚未确认，暂不能签到。");
		assertThat(this.rules.refusal(AppointmentState.CANCELLED, START, END, START)).contains("该预约已取消或未获确认，不能签到。");
		assertThat(this.rules.refusal(AppointmentState.REFUSED, START, END, START)).contains("该预约已取消或未获确认，不能签到。");
	}

	@Test
	void aRepeatedCheckInIsNoRefusalEvenLater() {
		assertThat(this.rules.refusal(AppointmentState.CHECKED_IN, START, END, END.plusHours(3))).isEmpty();
	}

}
