package cn.jianwu.portal.hall.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.api.booking.CheckInReceipt;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.booking.Slot;
import cn.jianwu.portal.PageChecks;
import cn.jianwu.portal.TemplatePages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking pages and the kiosk's check-in pages rendered with what hall-service could
 * answer but the stubbed IT does not (a lawyers' service with its errors, a full and a
 * cancelled slot, a waitlisted receipt, an agenda), without starting anything.
 */
class BookingPagesTest {

	private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 8, 9, 0);

	private static final BookableService READING = new BookableService(
			UUID.fromString("b0000000-0000-4000-8000-000000000004"), ServiceKind.FILE_READING,
			ServiceKind.FILE_READING.label(), "律师阅卷", "案件管理部", null, "案件管理大厅阅卷室", LocalTime.of(9, 0),
			LocalTime.of(11, 0), 30, 2, 7, 2, List.of(), List.of(), "请携带律师执业证和授权委托书。", true, true);

	private static Map<String, Object> model(Object... pairs) {
		Map<String, Object> model = new HashMap<>();
		model.put("times", BookingTimes.INSTANCE);
		model.put("bookingStates", BookingStates.INSTANCE);
		model.put("idleSeconds", 60L);
		for (int i = 0; i < pairs.length; i += 2) {
			model.put((String) pairs[i], pairs[i + 1]);
		}
		return model;
	}

	@Test
	void aLawyersServiceAsksForTheLicenceTheFirmAndTheCaseAndShowsEachErrorByItsField() {
		List<Slot> slots = List.of(new Slot(NINE, NINE.plusMinutes(30), 2, 2, 0, true, false),
				new Slot(NINE.plusMinutes(30), NINE.plusMinutes(60), 2, 0, 1, true, false),
				new Slot(NINE.plusMinutes(60), NINE.plusMinutes(90), 2, 2, 0, false, true));
		BookingForm typed = new BookingForm(NINE.plusMinutes(30).toString(), "李律师", "13800138000", "1234", "阅卷", "123",
				"某某律师事务所", "（2026）某检刑诉12号", false);
		Document page = PageChecks.assertAccessible(TemplatePages.render(AppointmentsController.SERVICE_PAGE,
				model("service", READING, "days", SlotDay.of(slots), "form", typed, "errors",
						Map.of("licenceNumber", "律师执业证号应为17位数字", "general", "请核对填写的内容"))));
		assertThat(page.selectFirst("h1").text()).isEqualTo("预约律师阅卷");
		assertThat(page.select("#lawyer-fields input").eachAttr("name")).containsExactly("licenceNumber", "lawFirm",
				"caseNumber");
		assertThat(page.selectFirst("#licenceNumber-error").text()).isEqualTo("律师执业证号应为17位数字");
		assertThat(page.selectFirst("#licenceNumber").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#licenceNumber").attr("aria-describedby"))
			.isEqualTo("licenceNumber-hint licenceNumber-error");
		assertThat(page.selectFirst("#licenceNumber").val()).isEqualTo("123");
		assertThat(page.selectFirst("#form-errors").text()).contains("请核对填写的内容", "律师执业证号应为17位数字");
		assertThat(page.select(".slot-availability").eachText()).containsExactly("余2个名额", "已约满，可候补（已有1人候补）", "已取消");
		assertThat(page.select("input[name=slotStart][checked]").eachAttr("value")).containsExactly("2026-12-08T09:30");
		assertThat(page.select("input[name=slotStart][disabled]").eachAttr("value"))
			.containsExactly("2026-12-08T10:00");
		assertThat(page.selectFirst(".slot-day h2").text()).isEqualTo("2026年12月8日（星期二）");
	}

	@Test
	void aWaitlistedReceiptShowsTheCodeOnceWithItsPlaceAndNeverPutsItInAnAddress() {
		BookingReceipt receipt = new BookingReceipt("730194825561", AppointmentState.WAITLISTED,
				AppointmentState.WAITLISTED.label(), "来访接待", ServiceKind.VISIT, "检察服务中心", NINE, NINE.plusMinutes(30), 2,
				null);
		Document page = PageChecks.assertAccessible(
				TemplatePages.render("hall/booking/receipt", model("receipt", receipt, "idLast4", "302X")));
		assertThat(page.selectFirst("h1").text()).isEqualTo("已加入候补");
		assertThat(page.selectFirst("#booking-code").text()).isEqualTo("730194825561");
		assertThat(page.selectFirst("#booking-state").text()).isEqualTo("候补中（第2位）");
		assertThat(page.selectFirst("#booking-explanation").text()).contains("排第2位");
		assertThat(page.select("#booking-notes")).isEmpty();
		assertThat(page.select("a[href*=730194825561], form[action*=730194825561]")).isEmpty();
		assertThat(page.selectFirst("#calendar-form").attr("method")).isEqualTo("post");
	}

	@Test
	void theKioskSaysWhereToGoAfterACheckInAndWhyNotOtherwise() {
		Document done = PageChecks.assertAccessible(TemplatePages.render("kiosk-check-in", model("receipt",
				new CheckInReceipt("来访接待", "检察服务中心一号接待室", NINE, Instant.parse("2026-12-08T00:45:00Z")))));
		assertThat(done.selectFirst("#result-heading").text()).isEqualTo("签到成功");
		assertThat(done.selectFirst("#check-in-place").text()).isEqualTo("检察服务中心一号接待室");
		assertThat(done.selectFirst("#check-in-time").text()).isEqualTo("2026年12月8日（星期二）09:00");
		assertThat(done.selectFirst("#check-in-at").text()).isEqualTo("2026年12月8日 08:45");
		assertThat(done.select("form#kiosk-form")).isEmpty();

		Document refused = PageChecks
			.assertAccessible(TemplatePages.render("kiosk-check-in", model("failure", "请在预约时段前1小时内签到")));
		assertThat(refused.selectFirst(".kiosk-message").text()).isEqualTo("请在预约时段前1小时内签到");
		assertThat(refused.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("60;url=/kiosk");

		Document entry = PageChecks.assertAccessible(TemplatePages.render("kiosk-check-in", model()));
		assertThat(entry.selectFirst("form#kiosk-form").attr("data-code-name")).isEqualTo("预约码");
		assertThat(entry.selectFirst("form#kiosk-form").hasAttr("data-idle-home")).isTrue();
		assertThat(entry.select("input.kiosk-input").eachAttr("inputmode")).containsOnly("none");
	}

	@Test
	void theKioskAgendaListsTimesServicesAndPlacesAndTheNextOpenDay() {
		Agenda agenda = new Agenda(LocalDate.of(2026, 12, 8),
				List.of(new AgendaLine(NINE, NINE.plusMinutes(30), "律师阅卷", "律师阅卷", "案件管理大厅"),
						new AgendaLine(NINE.plusHours(1), NINE.plusHours(2), "检察长接待日", "检察长接待日", "检察长接待室")),
				new AgendaLine(LocalDateTime.of(2026, 12, 18, 9, 0), LocalDateTime.of(2026, 12, 18, 11, 30), "检察开放日",
						"检察开放日", "本院"));
		Document page = PageChecks
			.assertAccessible(TemplatePages.render("kiosk-check-in-agenda", model("agenda", agenda)));
		assertThat(page.select("#agenda tbody tr")).hasSize(2);
		assertThat(page.select("#agenda tbody tr").get(0).text()).isEqualTo("09:00—09:30 律师阅卷 案件管理大厅");
		assertThat(page.selectFirst("#agenda-open-day").text()).isEqualTo("下一次检察开放日：2026年12月18日（星期五）09:00，本院");

		Document empty = PageChecks.assertAccessible(TemplatePages.render("kiosk-check-in-agenda",
				model("agenda", new Agenda(LocalDate.of(2026, 12, 8), List.of(), null))));
		assertThat(empty.selectFirst("#agenda-empty").text()).isEqualTo("今日暂无预约接待安排。");
	}

}
