package cn.jianwu.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.api.booking.Slot;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.api.calendar.CalendarYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lawyer's file reading from the booking to the hall screen, in a real headless
 * Chromium against the shared platform: the lawyer books 律师阅卷 on the portal and
 * hall-service asks the real case-query-service whether the licence number belongs to a
 * defender of the case (the demo's theft case, whose defender 李华 holds it), so the
 * booking is confirmed at once; the case manager sees it confirmed in the console's day
 * view; the lawyer checks in at the kiosk with the booking code; and the hall screen
 * shows the agenda line — time, service, place, never the lawyer's name. Screenshots go
 * to {@code target/appointment-screenshots}.
 *
 * <p>
 * The service is defined by the test, open all day in 10-minute slots, so that a slot
 * bookable now starts within the check-in window; today is made a working day of the
 * hall's calendar for the test (and put back afterwards) when it is a weekend or a
 * holiday.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentsBrowserIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final String PORTAL = "http://127.0.0.1:8087";

	private static final String BULLETIN = "http://127.0.0.1:8086";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Path TARGET = Path.of("target");

	/** The demo's theft case and its defender (case-query-service's demo data). */
	private static final String CASE_NUMBER = "晋检刑诉受〔2026〕14010500123号";

	private static final String LAWYER = "李华";

	private static final String LICENCE = "11401201810123456";

	private static final String LAWYER_ID_LAST4 = "0012";

	private final HallApi hall = new HallApi(GATEWAY);

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private String admin;

	private CalendarYear calendarBefore;

	private int shot;

	@BeforeAll
	void startTheBrowser(SharedPlatform.Running platform) throws Exception {
		this.admin = new StaffApi(GATEWAY).token("admin");
		Path logs = Files.createDirectories(TARGET.resolve("service-logs"));
		this.chromium = HeadlessChromium.start(TARGET.resolve("appointment-screenshots"),
				logs.resolve("appointment-chromedriver.log"));
		this.browser = this.chromium.driver();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterAll
	void putTheCalendarBackAndStopTheBrowser() {
		if (this.calendarBefore != null) {
			this.hall.replaceCalendar(this.admin, this.calendarBefore);
		}
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void aLawyerBooksFileReadingIsConfirmedAgainstTheCaseChecksInAtTheKioskAndTheHallScreenShowsIt() throws Exception {
		String office = new StaffApi(GATEWAY).token("office1");
		LocalDate today = LocalDate.now(ZONE);
		makeAWorkingDay(today);
		String serviceName = "律师阅卷（系统测试" + nonce() + "）";
		String place = "检察服务大厅3号阅卷室";
		BookableService service = this.hall.defineService(office,
				new BookableServiceRequest(ServiceKind.FILE_READING, serviceName, "案件管理部", null, place,
						LocalTime.MIDNIGHT, LocalTime.of(23, 59), 10, 2, 2, 0, List.of(), List.of(), "请携带律师执业证和授权委托书。",
						true));
		Slot slot = nextBookableSlotToday(service.id());

		// The lawyer books on the portal.
		this.browser.get(GATEWAY + "/hall/appointments");
		this.browser.findElement(By.linkText(serviceName)).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-form")));
		WebElement slotChoice = this.browser
			.findElement(By.cssSelector("input[name=slotStart][value='" + slot.start() + "']"));
		// the lawyer taps the slot's label, as on the page
		this.browser.findElement(By.cssSelector("label[for='" + slotChoice.getAttribute("id") + "']")).click();
		assertThat(slotChoice.isSelected()).isTrue();
		type("name", LAWYER);
		type("phone", "13912340012");
		type("idLast4", LAWYER_ID_LAST4);
		type("purpose", "查阅、摘抄、复制本案案卷材料。");
		type("licenceNumber", LICENCE);
		type("lawFirm", "山西晋阳律师事务所");
		type("caseNumber", CASE_NUMBER);
		screenshot("lawyer-books");
		this.browser.findElement(By.id("submit-booking")).click();
		String bookingCode = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-code")))
			.getText()
			.replaceAll("\\s", "");
		assertThat(bookingCode).matches("\\d{12}");
		assertThat(this.browser.findElement(By.id("booking-state")).getText())
			.as("confirmed at once: case-query-service knows the licence on the case")
			.contains(AppointmentState.CONFIRMED.label());
		assertThat(this.browser.findElement(By.id("booking-place")).getText()).contains(place);
		screenshot("receipt");

		// The case manager sees it confirmed in the day view.
		signIn("casemgr");
		this.browser.get(GATEWAY + "/console/hall/services/" + service.id() + "/day?date=" + today);
		StaffAppointment booked = onlyBooking(
				this.hall.day(new StaffApi(GATEWAY).token("casemgr"), service.id(), today));
		WebElement row = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment-" + booked.id())));
		assertThat(row.getAttribute("data-state")).isEqualTo(AppointmentState.CONFIRMED.name());
		assertThat(row.findElement(By.cssSelector(".name")).getText()).isEqualTo(LAWYER);
		assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo(AppointmentState.CONFIRMED.label());
		assertThat(row.getText()).contains(LICENCE).contains(CASE_NUMBER);
		screenshot("case-manager-day-view");

		// The lawyer checks in at the kiosk with the code and the ID digits.
		this.browser.get(PORTAL + "/kiosk/check-in");
		this.wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "js"));
		tap(bookingCode);
		this.browser.findElement(By.cssSelector("[data-action=next]")).click();
		tap(LAWYER_ID_LAST4);
		this.browser.findElement(By.cssSelector("[data-action=submit]")).click();
		WebElement checkedIn = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-service")));
		assertThat(checkedIn.getText()).contains(serviceName);
		assertThat(this.browser.getPageSource()).doesNotContain(bookingCode);
		screenshot("kiosk-checked-in");
		assertThat(onlyBooking(this.hall.day(office, service.id(), today)).state())
			.isEqualTo(AppointmentState.CHECKED_IN);

		// The hall screen shows today's agenda line, without the lawyer.
		this.browser.get(BULLETIN + "/screens/hall-1");
		String time = slot.start().format(DateTimeFormatter.ofPattern("HH:mm"));
		// screen.js redraws the panel when the agenda arrives: read the lines' text
		// afresh
		String line = this.wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.cssSelector("#agenda-lines .agenda-line"))
				.stream()
				.map(WebElement::getText)
				.filter((text) -> text.contains(serviceName))
				.findFirst()
				.orElse(null));
		assertThat(line).contains(time).contains(place);
		String agenda = this.wait.until((driver) -> driver.findElement(By.id("agenda")).getText());
		assertThat(agenda).doesNotContain(LAWYER);
		screenshot("hall-screen-agenda");
	}

	/**
	 * The first slot of today that can still be booked (waiting past midnight if none is
	 * left).
	 */
	private Slot nextBookableSlotToday(UUID serviceId) throws InterruptedException {
		for (int attempt = 0; attempt < 20; attempt++) {
			LocalDate today = LocalDate.now(ZONE);
			LocalDateTime soon = LocalDateTime.now(ZONE).plusMinutes(1);
			Optional<Slot> slot = this.hall.slots(serviceId, today, today)
				.slots()
				.stream()
				.filter((candidate) -> candidate.bookable() && candidate.start().isAfter(soon))
				.findFirst();
			if (slot.isPresent()) {
				return slot.get();
			}
			// The last ten minutes before midnight have no slot left today.
			Thread.sleep(Duration.ofMinutes(1).toMillis());
			makeAWorkingDay(LocalDate.now(ZONE));
		}
		throw new AssertionError("No bookable slot today");
	}

	/**
	 * Makes the day a working day of the hall's calendar, remembering the year as it was.
	 */
	private void makeAWorkingDay(LocalDate day) {
		CalendarYear year = this.hall.calendar(this.admin, day.getYear());
		if (this.calendarBefore == null) {
			this.calendarBefore = year;
		}
		boolean weekend = day.getDayOfWeek().getValue() >= 6;
		if (!year.holidays().contains(day) && (!weekend || year.workdays().contains(day))) {
			return;
		}
		List<LocalDate> holidays = new ArrayList<>(year.holidays());
		holidays.remove(day);
		List<LocalDate> workdays = new ArrayList<>(year.workdays());
		if (weekend && !workdays.contains(day)) {
			workdays.add(day);
		}
		this.hall.replaceCalendar(this.admin, new CalendarYear(year.year(), holidays, workdays, true));
	}

	private static StaffAppointment onlyBooking(ServiceDay day) {
		List<StaffAppointment> bookings = day.slots().stream().flatMap((slot) -> slot.appointments().stream()).toList();
		assertThat(bookings).hasSize(1);
		return bookings.get(0);
	}

	private void signIn(String username) {
		this.browser.get(GATEWAY + "/console");
		List<WebElement> signOut = this.browser.findElements(By.cssSelector(".console-user button"));
		if (!signOut.isEmpty()) {
			signOut.get(0).click();
			this.wait.until(ExpectedConditions.urlContains("/console/login"));
		}
		type("username", username);
		type("password", "demo-" + username);
		this.browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".console-user .who")));
	}

	private void tap(String keys) {
		for (char key : keys.toCharArray()) {
			this.browser.findElement(By.cssSelector("[data-key='" + key + "']")).click();
		}
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void screenshot(String name) throws IOException {
		this.shot++;
		this.chromium.screenshot(String.format(Locale.ROOT, "%02d-%s", this.shot, name));
	}

	private static String nonce() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

}
