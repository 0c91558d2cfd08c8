package cn.jianwu.channel.wechat.hall;

import java.time.LocalDateTime;

import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentRepliesTest {

	@Test
	void aBoundBookingReadsAsServiceTimePlaceAndStateAndPromisesTheNotices() {
		AppointmentLookup booking = new AppointmentLookup(AppointmentState.CONFIRMED, "已确认", "律师阅卷",
				ServiceKind.values()[0], "二楼案件管理部", LocalDateTime.of(2026, 12, 8, 9, 30),
				LocalDateTime.of(2026, 12, 8, 10, 0), 0, null, null, true, "律师执业证、授权委托书");

		assertThat(AppointmentReplies.bound(booking)).isEqualTo("""
				预约已绑定本公众号。
				服务：律师阅卷
				时间：2026年12月8日 09:30-10:00
				地点：二楼案件管理部
				状态：已确认
				请携带：律师执业证、授权委托书
				预约提醒和变更通知将通过本公众号发送给您。""");
	}

	@Test
	void aWaitlistedBookingSaysItsPlaceInTheWaitlist() {
		AppointmentLookup booking = new AppointmentLookup(AppointmentState.WAITLISTED, "候补中", "检察长接待日",
				ServiceKind.values()[0], null, LocalDateTime.of(2026, 12, 9, 14, 0), null, 2, null, null, true, null);

		assertThat(AppointmentReplies.bound(booking)).contains("时间：2026年12月9日 14:00\n")
			.contains("状态：候补中（候补第2位）")
			.doesNotContain("地点", "请携带");
	}

	@Test
	void theFormatNamesTheKeywordTheCodeAndTheIdCharacters() {
		assertThat(AppointmentReplies.FORMAT).startsWith("绑定预约格式：预约+预约码+身份证后四位");
		assertThat(AppointmentReplies.NOT_FOUND).startsWith("预约码或身份证号码后四位不正确");
	}

}
