package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.wechat.WechatNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WechatNoticeWordsTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 12, 8, 9, 30);

	private static final LocalDateTime EVENING_BEFORE = LocalDateTime.of(2026, 12, 7, 16, 0);

	private static final String OPENID = "o-follower";

	@Test
	void theReminderSaysTomorrowWhenAndWhereAndWhatToBring() {
		WechatNotice notice = words(AppointmentNotice.REMINDER, booking(AppointmentState.CONFIRMED, null))
			.orElseThrow();
		assertThat(notice.openid()).isEqualTo(OPENID);
		assertThat(notice.notice()).isEqualTo(AppointmentNotice.REMINDER);
		assertThat(notice.title()).isEqualTo("您预约的律师阅卷明天办理");
		assertThat(notice.serviceName()).isEqualTo("律师阅卷");
		assertThat(notice.time()).isEqualTo("2026年12月8日 09:30-10:00");
		assertThat(notice.place()).isEqualTo("检察服务大厅3号阅卷室");
		assertThat(notice.remark()).isEqualTo("请携带律师执业证和委托手续");
	}

	@Test
	void aReminderOrConfirmationOfACancelledBookingIsNotSent() {
		assertThat(words(AppointmentNotice.REMINDER, booking(AppointmentState.CANCELLED, null))).isEmpty();
		assertThat(words(AppointmentNotice.CONFIRMED, booking(AppointmentState.CANCELLED, null))).isEmpty();
		assertThat(words(AppointmentNotice.REMINDER, booking(AppointmentState.WAITLISTED, null))).isEmpty();
		// nor a reminder once the slot has begun
		assertThat(WechatNoticeWords.of(OPENID, AppointmentNotice.REMINDER, booking(AppointmentState.CONFIRMED, null),
				START.plusMinutes(1)))
			.isEmpty();
	}

	@Test
	void aConfirmationAndAPromotionTellWhatToBring() {
		WechatNotice confirmed = words(AppointmentNotice.CONFIRMED, booking(AppointmentState.CONFIRMED, null))
			.orElseThrow();
		assertThat(confirmed.title()).isEqualTo("您预约的律师阅卷已确认");
		assertThat(confirmed.remark()).isEqualTo("请携带律师执业证和委托手续");
		assertThat(words(AppointmentNotice.PROMOTED, booking(AppointmentState.CONFIRMED, null)).orElseThrow().title())
			.isEqualTo("您候补的律师阅卷已转为正式预约");
		assertThat(words(AppointmentNotice.PROMOTED, booking(AppointmentState.PENDING_CONFIRMATION, null)).orElseThrow()
			.title()).isEqualTo("您候补的律师阅卷已转为正式预约，待工作人员确认");
		assertThat(words(AppointmentNotice.PROMOTED, booking(AppointmentState.WAITLISTED, null))).isEmpty();
		assertThat(words(AppointmentNotice.CONFIRMED, booking(AppointmentState.PENDING_CONFIRMATION, null))).isEmpty();
	}

	@Test
	void refusalsMovesAndCancellationsByStaffCarryTheirReason() {
		WechatNotice refused = words(AppointmentNotice.REFUSED, booking(AppointmentState.REFUSED, "未能核实委托关系"))
			.orElseThrow();
		assertThat(refused.title()).isEqualTo("您预约的律师阅卷未获确认");
		assertThat(refused.remark()).isEqualTo("未能核实委托关系");
		WechatNotice moved = words(AppointmentNotice.MOVED, booking(AppointmentState.CONFIRMED, "阅卷室检修，顺延半小时"))
			.orElseThrow();
		assertThat(moved.title()).isEqualTo("您预约的律师阅卷时间已变更");
		assertThat(moved.time()).isEqualTo("2026年12月8日 09:30-10:00");
		assertThat(moved.remark()).isEqualTo("阅卷室检修，顺延半小时");
		WechatNotice cancelled = words(AppointmentNotice.CANCELLED_BY_STAFF,
				booking(AppointmentState.CANCELLED, "接待人员临时公出"))
			.orElseThrow();
		assertThat(cancelled.title()).isEqualTo("您预约的律师阅卷已被工作人员取消");
		assertThat(cancelled.remark()).isEqualTo("接待人员临时公出");
	}

	@Test
	void noticesThatNoLongerFitAreNotSent() {
		assertThat(words(AppointmentNotice.REFUSED, booking(AppointmentState.CONFIRMED, null))).isEmpty();
		assertThat(words(AppointmentNotice.MOVED, booking(AppointmentState.CANCELLED, "已取消"))).isEmpty();
		// the person cancelled it themself: no staff note, nothing to tell
		assertThat(words(AppointmentNotice.CANCELLED_BY_STAFF, booking(AppointmentState.CANCELLED, null))).isEmpty();
		assertThat(words(AppointmentNotice.CANCELLED_BY_STAFF, booking(AppointmentState.CONFIRMED, "原因"))).isEmpty();
	}

	private static Optional<WechatNotice> words(AppointmentNotice notice, DeskBooking booking) {
		return WechatNoticeWords.of(OPENID, notice, booking, EVENING_BEFORE);
	}

	private static DeskBooking booking(AppointmentState state, String staffNote) {
		return new DeskBooking(UUID.randomUUID(), UUID.randomUUID(), START, START.plusMinutes(30), state,
				SubmissionChannel.WECHAT, null, staffNote, true, Instant.parse("2026-12-01T02:00:00Z"), null, 0, "律师阅卷",
				ServiceKind.FILE_READING, "检察服务大厅3号阅卷室", "请携带律师执业证和委托手续", "案件管理部");
	}

}
