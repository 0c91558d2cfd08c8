package cn.jianwu.hall.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.ActivityState;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.booking.AppointmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityRulesTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

	private static final LocalDateTime STARTS = LocalDateTime.of(2026, 12, 15, 9, 30);

	private static final LocalDateTime ENDS = LocalDateTime.of(2026, 12, 15, 11, 30);

	private static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 8, 9, 0);

	private static final LocalDateTime CLOSES = LocalDateTime.of(2026, 12, 14, 17, 0);

	@Test
	void aSensibleActivityMayBeScheduled() {
		assertThatNoException().isThrownBy(() -> ActivityRules
			.requireSchedulable(request(Audience.PUBLIC, List.of(), STARTS, ENDS, OPENS, CLOSES), NOW));
		assertThatNoException().isThrownBy(() -> ActivityRules.requireSchedulable(request(Audience.INVITED,
				List.of(new Invitee("张代表", "13800000001", InviteeRole.NPC_DEPUTY)), STARTS, ENDS, OPENS, CLOSES), NOW));
	}

	@Test
	void timesThatMakeNoSenseAreRefusedWithTheReason() {
		assertRefused(request(Audience.PUBLIC, List.of(), STARTS, STARTS, OPENS, CLOSES), "结束时间应晚于开始时间。");
		assertRefused(
				request(Audience.PUBLIC, List.of(), NOW.minusHours(1), ENDS, OPENS.minusDays(3), NOW.minusHours(2)),
				"开始时间应晚于当前时间。");
		assertRefused(request(Audience.PUBLIC, List.of(), STARTS, ENDS, CLOSES, OPENS), "报名截止时间应晚于报名开始时间。");
		assertRefused(request(Audience.PUBLIC, List.of(), STARTS, ENDS, OPENS, STARTS.plusMinutes(1)),
				"报名截止时间不能晚于活动开始时间。");
	}

	@Test
	void anInvitedActivityNeedsItsListAndAPublicOneNone() {
		assertRefused(request(Audience.INVITED, List.of(), STARTS, ENDS, OPENS, CLOSES), "仅限特邀人员参加的活动须填写特邀人员名单。");
		assertRefused(request(Audience.PUBLIC, List.of(new Invitee("张代表", "13800000001", InviteeRole.NPC_DEPUTY)),
				STARTS, ENDS, OPENS, CLOSES), "面向社会公众的活动无需填写特邀人员名单。");
		assertRefused(request(Audience.INVITED,
				List.of(new Invitee("张代表", "010-12345678", InviteeRole.NPC_DEPUTY),
						new Invitee("李委员", "01012345678", InviteeRole.CPPCC_MEMBER)),
				STARTS, ENDS, OPENS, CLOSES), "特邀人员名单中有重复的电话号码。");
	}

	@Test
	void signUpIsOpenFromItsOpeningToItsClosingAndBeforeTheStartOnly() {
		Activity activity = activity(null, Instant.now());
		assertThatThrownBy(() -> ActivityRules.requireSignUpOpen(activity, OPENS.minusMinutes(1)))
			.hasMessageContaining("报名尚未开始");
		assertThatNoException().isThrownBy(() -> ActivityRules.requireSignUpOpen(activity, OPENS));
		assertThatNoException().isThrownBy(() -> ActivityRules.requireSignUpOpen(activity, CLOSES));
		assertThatThrownBy(() -> ActivityRules.requireSignUpOpen(activity, CLOSES.plusSeconds(1)))
			.hasMessageContaining("报名已截止");
		assertThat(ActivityRules.signUpOpen(activity, OPENS.plusDays(1))).isTrue();
		assertThat(ActivityRules.signUpOpen(activity, CLOSES.plusMinutes(1))).isFalse();

		Activity lateClosing = new Activity(activity.id(), "t", ActivityKind.OPEN_DAY, "d", "办公室", STARTS, ENDS, "p",
				10, 0, 0, OPENS, STARTS, Audience.PUBLIC, UUID.randomUUID(), Instant.now(), null, null, null, null, "x",
				Instant.now());
		assertThatThrownBy(() -> ActivityRules.requireSignUpOpen(lateClosing, STARTS)).hasMessageContaining("报名已截止");

		Activity cancelled = activity(Instant.now(), Instant.now());
		assertThatThrownBy(() -> ActivityRules.requireSignUpOpen(cancelled, OPENS.plusDays(1)))
			.hasMessageContaining("活动已取消");
		assertThat(ActivityRules.signUpOpen(cancelled, OPENS.plusDays(1))).isFalse();
		assertThat(ActivityRules.signUpOpen(activity(null, null), OPENS.plusDays(1))).as("not announced").isFalse();
	}

	@Test
	void anActivityStandsWhereItsAnnouncementDatesAndReportPutIt() {
		assertThat(ActivityRules.state(activity(null, null), NOW, false)).isEqualTo(ActivityState.ANNOUNCING);
		assertThat(ActivityRules.state(activity(null, Instant.now()), NOW, false)).isEqualTo(ActivityState.ANNOUNCED);
		assertThat(ActivityRules.state(activity(null, Instant.now()), STARTS, false)).isEqualTo(ActivityState.HELD);
		assertThat(ActivityRules.state(activity(null, Instant.now()), ENDS.plusDays(1), true))
			.isEqualTo(ActivityState.REPORTED);
		assertThat(ActivityRules.state(activity(Instant.now(), Instant.now()), NOW, false))
			.isEqualTo(ActivityState.CANCELLED);
	}

	@Test
	void aConfirmedSignUpNobodyCheckedInIsANoShowOnceTheActivityEnded() {
		Activity activity = activity(null, Instant.now());
		assertThat(ActivityRules.shown(AppointmentState.CONFIRMED, activity, ENDS.minusMinutes(1)))
			.isEqualTo(AppointmentState.CONFIRMED);
		assertThat(ActivityRules.shown(AppointmentState.CONFIRMED, activity, ENDS)).isEqualTo(AppointmentState.NO_SHOW);
		assertThat(ActivityRules.shown(AppointmentState.CHECKED_IN, activity, ENDS))
			.isEqualTo(AppointmentState.CHECKED_IN);
		assertThat(ActivityRules.shown(AppointmentState.WAITLISTED, activity, ENDS))
			.isEqualTo(AppointmentState.WAITLISTED);
	}

	@Test
	void aSignUpMayBeCancelledWhileItHoldsOrWaitsForAPlaceBeforeTheStart() {
		Activity activity = activity(null, Instant.now());
		assertThat(ActivityRules.cancellable(AppointmentState.CONFIRMED, activity, NOW)).isTrue();
		assertThat(ActivityRules.cancellable(AppointmentState.WAITLISTED, activity, NOW)).isTrue();
		assertThat(ActivityRules.cancellable(AppointmentState.CANCELLED, activity, NOW)).isFalse();
		assertThat(ActivityRules.cancellable(AppointmentState.CHECKED_IN, activity, NOW)).isFalse();
		assertThat(ActivityRules.cancellable(AppointmentState.CONFIRMED, activity, STARTS)).isFalse();
		assertThat(ActivityRules.cancellable(AppointmentState.CONFIRMED, activity(Instant.now(), Instant.now()), NOW))
			.isFalse();
	}

	@Test
	void checkInIsForAPlaceOnTheDayBeforeTheEnd() {
		Activity activity = activity(null, Instant.now());
		assertThatNoException()
			.isThrownBy(() -> ActivityRules.requireCheckIn(AppointmentState.CONFIRMED, activity, STARTS.minusHours(1)));
		assertThatThrownBy(
				() -> ActivityRules.requireCheckIn(AppointmentState.CONFIRMED, activity, STARTS.minusDays(1)))
			.hasMessageContaining("只能在活动当天签到");
		assertThatThrownBy(() -> ActivityRules.requireCheckIn(AppointmentState.CONFIRMED, activity, ENDS))
			.hasMessageContaining("只能在活动当天签到");
		assertThatThrownBy(() -> ActivityRules.requireCheckIn(AppointmentState.WAITLISTED, activity, STARTS))
			.hasMessageContaining("该报名未获得名额");
	}

	@Test
	void anInviteeIsFoundByTheDigitsOfThePhoneAndTheNameWhateverTheSpaces() {
		assertThat(ActivityRules.phoneDigits("010-12345678")).isEqualTo("01012345678");
		assertThat(ActivityRules.sameName("张三", " 张 三　")).isTrue();
		assertThat(ActivityRules.sameName("Li Ming", "li ming")).isTrue();
		assertThat(ActivityRules.sameName("张三", "张山")).isFalse();
	}

	private static void assertRefused(ActivityRequest request, String detail) {
		assertThatThrownBy(() -> ActivityRules.requireSchedulable(request, NOW)).isInstanceOf(ActivityProblem.class)
			.satisfies((ex) -> assertThat(((ActivityProblem) ex).getBody().getDetail()).isEqualTo(detail));
	}

	private static ActivityRequest request(Audience audience, List<Invitee> invitees, LocalDateTime startsAt,
			LocalDateTime endsAt, LocalDateTime opensAt, LocalDateTime closesAt) {
		return new ActivityRequest("检察开放日", ActivityKind.OPEN_DAY, "参观", startsAt, endsAt, "本院一楼", 30, opensAt,
				closesAt, audience, invitees);
	}

	private static Activity activity(Instant cancelledAt, Instant announcedAt) {
		return new Activity(UUID.randomUUID(), "检察开放日", ActivityKind.OPEN_DAY, "参观", "办公室", STARTS, ENDS, "本院一楼", 30, 0,
				0, OPENS, CLOSES, Audience.PUBLIC, UUID.randomUUID(), announcedAt, null, null, cancelledAt, null,
				"office1", Instant.now());
	}

}
