package cn.jianwu.hall.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.booking.Appointments;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.calendar.WorkingCalendar;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo appointments for the local launcher's demo step ({@code jianwu.demo.enabled=true}
 * only): the four kinds of service — reception visits of 控告申诉检察部, the chief's reception
 * day on two dates with a named leader, lawyers' reception and file reading of 案件管理部 —
 * defined by the demo hall officer, and a few bookings on the next working days made
 * through the booking itself (so with all its rules), one a lawyer's pending the case
 * manager's confirmation. Runs once: a second start finds the services and does nothing.
 * The booking codes are random and never logged: the demo's bookings are seen in the
 * console.
 */
@Component
@Order(210)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoBookings implements ApplicationRunner {

	static final String VISITS = "控告申诉来访接待";

	/** With the name, tells the demo's reception service from any other. */
	static final String VISITS_PLACE = "检察服务大厅1号接待室";

	private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);

	private static final StaffIdentity OFFICE = new StaffIdentity("office1", "钱接待员",
			Set.of(StaffRole.HALL_OFFICER.name()), "办公室");

	private final Appointments appointments;

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final BookingClock clock;

	private final HallDepartments departments;

	DemoBookings(Appointments appointments, JdbcClient jdbc, WorkingCalendar calendar, BookingClock clock,
			HallDepartments departments) {
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
		this.departments = departments;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM bookable_service WHERE name = :name AND place = :place")
			.param("name", VISITS)
			.param("place", VISITS_PLACE)
			.query(Integer.class)
			.single() > 0) {
			log.info("Demo bookings skipped: they exist already");
			return;
		}
		LocalDate today = this.clock.today();
		LocalDate next = this.calendar.plusWorkingDays(today, 1);
		LocalDate second = this.calendar.plusWorkingDays(today, 2);
		LocalDate fourth = this.calendar.plusWorkingDays(today, 4);

		UUID visits = define(ServiceKind.VISIT, VISITS, this.departments.complaints(), null, VISITS_PLACE,
				LocalTime.of(9, 0), LocalTime.of(17, 0), 60, 3, List.of(), "请携带本人身份证及相关材料。");
		UUID chief = define(ServiceKind.CHIEF_RECEPTION, "检察长接待日", this.departments.office(), "王检察长", "检察长接待室",
				LocalTime.of(9, 0), LocalTime.of(11, 30), 30, 2, List.of(second, fourth),
				"检察长接待日每次接待时间约30分钟，请提前15分钟到达。");
		UUID lawyers = define(ServiceKind.LAWYER_RECEPTION, "律师接待", "案件管理部", null, "律师接待室", LocalTime.of(9, 0),
				LocalTime.of(17, 0), 60, 2, List.of(), "请携带律师执业证、律师事务所证明及授权委托书。");
		UUID reading = define(ServiceKind.FILE_READING, "律师阅卷", "案件管理部", null, "律师阅卷室", LocalTime.of(9, 0),
				LocalTime.of(16, 0), 60, 2, List.of(), "请携带律师执业证、律师事务所证明及授权委托书，阅卷时不得携带电子设备以外的拍摄器材。");

		// each run its own client of the throttle: the demo is no flood, and a store
		// wiped and seeded
		// again within the throttle's window must not be refused
		String client = "demo-bookings-" + UUID.randomUUID();
		book(client, visits, next.atTime(9, 0), "刘某", "13900000101", "1234", "反映邻里纠纷处理情况", null);
		book(client, visits, next.atTime(9, 0), "陈某", "13900000102", "5678", "咨询申诉程序", null);
		book(client, visits, next.atTime(10, 0), "杨某", "13900000103", "9012", "提交补充材料", null);
		book(client, chief, second.atTime(9, 0), "赵某", "13900000104", "3456", "反映案件办理意见", null);
		// a lawyer the case system does not know: pending the case manager's confirmation
		book(client, reading, next.atTime(10, 0), "孙律师", "13900000105", "7890", "查阅案卷材料", "14101201810000105");
		book(client, lawyers, second.atTime(14, 0), "周律师", "13900000106", "2468", "听取律师意见", "14101201810000106");
		log.info("Demo bookings: 4 services, 6 bookings on {} to {}", next, second);
	}

	private UUID define(ServiceKind kind, String name, String department, String leader, String place, LocalTime opens,
			LocalTime closes, int minutes, int capacity, List<LocalDate> dates, String notes) {
		return this.appointments
			.define(new BookableServiceRequest(kind, name, department, leader, place, opens, closes, minutes, capacity,
					14, 2, dates, List.of(), notes, true), OFFICE)
			.id();
	}

	private void book(String client, UUID service, java.time.LocalDateTime start, String name, String phone,
			String idLast4, String purpose, String licence) {
		boolean lawyer = licence != null;
		this.appointments.book(new AppointmentRequest(service, start, name, phone, idLast4, purpose, licence,
				lawyer ? "山西某律师事务所" : null, lawyer ? "晋检刑诉受〔2026〕14010500001号" : null, false, SubmissionChannel.WEB),
				client);
	}

}
