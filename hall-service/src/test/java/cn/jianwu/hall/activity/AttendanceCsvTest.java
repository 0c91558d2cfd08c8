package cn.jianwu.hall.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.Attendee;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.booking.AppointmentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceCsvTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void excelOpensItAsUtf8WithChineseHeadersAndLocalTimes() {
		Attendee attendee = new Attendee(UUID.randomUUID(), "张三", "13800000001", "123X", "某街道, 某社区",
				InviteeRole.NPC_DEPUTY, AppointmentState.CHECKED_IN, AppointmentState.CHECKED_IN.label(), 0,
				SubmissionChannel.WEB, Instant.parse("2026-12-08T01:30:00Z"), Instant.parse("2026-12-15T01:20:00Z"));
		Attendee waiting = new Attendee(UUID.randomUUID(), "李四", "010-12345678", "5678", null, null,
				AppointmentState.WAITLISTED, AppointmentState.WAITLISTED.label(), 1, SubmissionChannel.KIOSK,
				Instant.parse("2026-12-09T02:00:00Z"), null);

		byte[] file = AttendanceCsv.write(List.of(attendee, waiting), SHANGHAI);

		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).containsExactly("序号,姓名,联系电话,身份证号码后四位,工作单位,特邀身份,状态,候补位次,报名渠道,报名时间,签到时间",
				"1,张三,13800000001,123X,\"某街道, 某社区\",人大代表,已签到,,门户网站,2026-12-08 09:30,2026-12-15 09:20",
				"2,李四,010-12345678,5678,,,候补中,1,大厅触摸屏,2026-12-09 10:00,");
	}

	@Test
	void aCellThatLooksLikeAFormulaStaysText() {
		assertThat(AttendanceCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(AttendanceCsv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(AttendanceCsv.cell("@x")).isEqualTo("\"'@x\"");
		assertThat(AttendanceCsv.cell("张三")).isEqualTo("张三");
		assertThat(AttendanceCsv.cell(null)).isEmpty();
	}

}
