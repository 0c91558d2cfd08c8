package cn.jianwu.portal.console.booking;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bookable service's form as staff type it, and what it sends to hall-service. */
class ServiceFormTest {

	@Test
	void aChiefsReceptionDayIsReadWithItsDaysInOrderAndEachOnce() {
		FormFields fields = new FormFields();
		BookableServiceRequest request = new ServiceForm("CHIEF_RECEPTION", " 检察长接待日 ", "办公室", "李检察长", "一号接待室", "09:00",
				"11:30", "30", "3", "30", "48", "2026-12-17\n2026-12-10，2026-12-17", "  ", null, true)
			.request(fields);
		assertThat(fields.hasErrors()).isFalse();
		assertThat(request.kind()).isEqualTo(ServiceKind.CHIEF_RECEPTION);
		assertThat(request.name()).isEqualTo("检察长接待日");
		assertThat(request.opensAt()).isEqualTo(LocalTime.of(9, 0));
		assertThat(request.closesAt()).isEqualTo(LocalTime.of(11, 30));
		assertThat(request.slotMinutes()).isEqualTo(30);
		assertThat(request.capacity()).isEqualTo(3);
		assertThat(request.bookingClosesHoursBefore()).isEqualTo(48);
		assertThat(request.dates()).containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17));
		assertThat(request.blackoutDates()).isEmpty();
		assertThat(request.notes()).isNull();
		assertThat(request.active()).isTrue();
	}

	@Test
	void whatCannotBeReadIsNamedBesideItsField() {
		FormFields fields = new FormFields();
		BookableServiceRequest request = new ServiceForm("NO_SUCH_KIND", "来访接待", "控告申诉检察部", null, "大厅", "9点", "17:00",
				"半小时", "2", "", "24", null, "2026-12-24 2026-13-01 圣诞", null, null)
			.request(fields);
		assertThat(fields.errors()).containsOnlyKeys("opensAt", "slotMinutes", "blackoutDates");
		assertThat(fields.errors().get("opensAt")).isEqualTo("开始接待时间格式有误，请按“时:分”填写，如 09:00。");
		assertThat(fields.errors().get("slotMinutes")).isEqualTo("每个时段的分钟数应为整数。");
		assertThat(fields.errors().get("blackoutDates")).contains("“2026-13-01”“圣诞”不是日期");
		assertThat(request.kind()).as("left to hall-service, which asks for a kind").isNull();
		assertThat(request.bookingDaysAhead()).as("empty: hall-service's minimum refuses it").isZero();
		assertThat(request.blackoutDates()).containsExactly(LocalDate.of(2026, 12, 24));
		assertThat(request.active()).as("an unchecked box sends nothing").isFalse();
	}

	@Test
	void aServiceComesBackIntoItsFormUnchanged() {
		BookableService service = new BookableService(java.util.UUID.randomUUID(), ServiceKind.FILE_READING, "律师阅卷",
				"律师阅卷", "案件管理部", null, "阅卷室", LocalTime.of(9, 0), LocalTime.of(17, 0), 60, 2, 14, 24,
				java.util.List.of(), java.util.List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2)), "携带执业证",
				false, true);
		FormFields fields = new FormFields();
		BookableServiceRequest again = ServiceForm.of(service).request(fields);
		assertThat(fields.hasErrors()).isFalse();
		assertThat(again).isEqualTo(new BookableServiceRequest(ServiceKind.FILE_READING, "律师阅卷", "案件管理部", null, "阅卷室",
				LocalTime.of(9, 0), LocalTime.of(17, 0), 60, 2, 14, 24, java.util.List.of(),
				java.util.List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2)), "携带执业证", false));
	}

}
