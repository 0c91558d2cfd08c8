package cn.jianwu.hall.demo;

import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.booking.Appointments;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.calendar.WorkingCalendar;
import cn.jianwu.hall.department.HallDepartments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo appointments, run in the shared test context like the demo messages: four
 * services of the four kinds, six bookings through the booking itself, the lawyers'
 * waiting for the case manager (case-query-service's stub knows neither); once only.
 */
class DemoBookingsIT extends HallIntegrationTest {

	@Autowired
	private Appointments appointments;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private BookingClock clock;

	@Autowired
	private HallDepartments departments;

	@Test
	void fourServicesAndSixBookingsOnce() {
		DemoBookings demo = new DemoBookings(this.appointments, this.jdbcClient, this.calendar, this.clock,
				this.departments);
		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		UUID visits = this.jdbc.queryForObject("SELECT id FROM bookable_service WHERE name = ? AND place = ?",
				UUID.class, DemoBookings.VISITS, DemoBookings.VISITS_PLACE);
		Long created = this.jdbc.queryForObject(
				"SELECT extract(epoch FROM created_at)::bigint FROM bookable_service WHERE id = ?", Long.class, visits);
		List<String> kinds = this.jdbc.queryForList(
				"SELECT kind FROM bookable_service WHERE extract(epoch FROM created_at)::bigint BETWEEN ? AND ? "
						+ "AND name IN ('控告申诉来访接待', '检察长接待日', '律师接待', '律师阅卷') ORDER BY kind",
				String.class, created - 5, created + 5);
		assertThat(kinds).contains("CHIEF_RECEPTION", "FILE_READING", "LAWYER_RECEPTION", "VISIT");
		assertThat(this.jdbc.queryForObject(
				"SELECT leader FROM bookable_service WHERE kind = 'CHIEF_RECEPTION' "
						+ "AND extract(epoch FROM created_at)::bigint BETWEEN ? AND ? LIMIT 1",
				String.class, created - 5, created + 5))
			.isEqualTo("王检察长");
		List<String> states = this.jdbc.queryForList("""
				SELECT a.state FROM appointment a JOIN bookable_service s ON s.id = a.service_id
				WHERE extract(epoch FROM s.created_at)::bigint BETWEEN ? AND ?
				  AND s.name IN ('控告申诉来访接待', '检察长接待日', '律师接待', '律师阅卷') AND s.place IN
				  ('检察服务大厅1号接待室', '检察长接待室', '律师接待室', '律师阅卷室')
				""", String.class, created - 5, created + 5);
		assertThat(states).hasSize(6).containsOnly("CONFIRMED", "PENDING_CONFIRMATION");
		assertThat(states).filteredOn("PENDING_CONFIRMATION"::equals).hasSize(2);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bookable_service WHERE name = ? AND place = ?",
				Integer.class, DemoBookings.VISITS, DemoBookings.VISITS_PLACE))
			.isEqualTo(1);
	}

}
