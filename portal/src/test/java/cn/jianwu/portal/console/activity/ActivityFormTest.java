package cn.jianwu.portal.console.activity;

import java.time.LocalDateTime;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.portal.console.booking.FormFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The invitee lines and the times of a new activity, as staff type them. */
class ActivityFormTest {

	@Test
	void inviteeLinesTakeCommasOfEitherWidthTabsAndTheRolesLabels() {
		InviteeLines lines = InviteeLines.parse(
				"王代表,13800138000,人大代表\r\n\n李委员，010-12345678，政协委员\n赵监督员\t13900139000\tPEOPLES_SUPERVISOR\n钱先生,13700137000");
		assertThat(lines.errors()).isEmpty();
		assertThat(lines.invitees()).containsExactly(new Invitee("王代表", "13800138000", InviteeRole.NPC_DEPUTY),
				new Invitee("李委员", "010-12345678", InviteeRole.CPPCC_MEMBER),
				new Invitee("赵监督员", "13900139000", InviteeRole.PEOPLES_SUPERVISOR),
				new Invitee("钱先生", "13700137000", InviteeRole.OTHER));
		assertThat(InviteeLines.parse(InviteeLines.format(lines.invitees())).invitees()).isEqualTo(lines.invitees());
	}

	@Test
	void eachWrongLineIsNamedWithoutRepeatingThePersonsDetails() {
		InviteeLines lines = InviteeLines
			.parse("王代表,13800138000,人大代表\n只有姓名\n孙女士,12345,人大代表\n周先生,13600136000,律师\n,13500135000,人大代表");
		assertThat(lines.invitees()).extracting(Invitee::name).containsExactly("王代表");
		assertThat(lines.errors()).containsExactly("第2行应为“姓名,电话,身份”。", "第3行的电话号码不正确（应为手机号或带区号的固定电话）。",
				"第4行的身份应为人大代表、政协委员、人民监督员、其他特邀人员之一。", "第5行应为“姓名,电话,身份”。");
		assertThat(String.join("", lines.errors())).doesNotContain("12345", "孙女士", "周先生");
	}

	@Test
	void anActivityOfInviteesIsSentWithItsListAndLocalTimes() {
		FormFields fields = new FormFields();
		ActivityRequest request = new ActivityForm("人大代表视察", "DEPUTIES_VISIT", "视察检察服务大厅。", "2026-12-18T09:00",
				"2026-12-18T11:30", "检察服务大厅", "20", "2026-12-08T09:00", "2026-12-16T17:00", "INVITED",
				"王代表,13800138000,人大代表")
			.request(fields);
		assertThat(fields.hasErrors()).isFalse();
		assertThat(request.kind()).isEqualTo(ActivityKind.DEPUTIES_VISIT);
		assertThat(request.audience()).isEqualTo(Audience.INVITED);
		assertThat(request.startsAt()).isEqualTo(LocalDateTime.of(2026, 12, 18, 9, 0));
		assertThat(request.signUpClosesAt()).isEqualTo(LocalDateTime.of(2026, 12, 16, 17, 0));
		assertThat(request.capacity()).isEqualTo(20);
		assertThat(request.invitees()).containsExactly(new Invitee("王代表", "13800138000", InviteeRole.NPC_DEPUTY));
	}

	@Test
	void aPublicActivitySendsNoInviteesAndWrongTimesOrAnEmptyListAreRefusedBeforeSending() {
		FormFields publicFields = new FormFields();
		ActivityRequest open = new ActivityForm("检察开放日", "OPEN_DAY", "欢迎参观。", "2026-12-18T09:00", "2026-12-18T11:30",
				"大厅", "30", "2026-12-08T09:00", "2026-12-16T17:00", "PUBLIC", "王代表,13800138000,人大代表")
			.request(publicFields);
		assertThat(publicFields.hasErrors()).isFalse();
		assertThat(open.invitees()).isEmpty();

		FormFields fields = new FormFields();
		new ActivityForm("座谈会", "FORUM", "座谈。", "2026-12-18 9点", "2026-12-18T11:30", "大厅", "三十", "2026-12-08T09:00",
				"2026-12-16T17:00", "INVITED", "\n  \n")
			.request(fields);
		assertThat(fields.errors()).containsOnlyKeys("invitees", "startsAt", "capacity");
		assertThat(fields.errors().get("invitees")).isEqualTo("仅限特邀人员报名的活动，请填写特邀人员名单。");
		assertThat(fields.errors().get("startsAt")).isEqualTo("开始时间格式有误，请按“年-月-日 时:分”填写。");
	}

}
