package cn.jianwu.hall.booking.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.ServiceDay;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's desk: a service's day, the bookings waiting for the case manager, and
 * checking someone in at the desk. Staff only ({@code /api/hall/staff/**}); who sees
 * which service is {@link DeskAccess}'s rule.
 */
@RestController
class DeskStaffController {

	private final ServiceDays days;

	private final DeskCheckIns checkIns;

	private final StaffAppointmentViews appointments;

	DeskStaffController(ServiceDays days, DeskCheckIns checkIns, StaffAppointmentViews appointments) {
		this.days = days;
		this.checkIns = checkIns;
		this.appointments = appointments;
	}

	@GetMapping("/api/hall/staff/services/{id}/day")
	ServiceDay day(@PathVariable UUID id, @RequestParam(required = false) LocalDate date) {
		return this.days.day(id, date, StaffIdentity.require());
	}

	@GetMapping("/api/hall/staff/appointments")
	List<StaffAppointment> list(@RequestParam(defaultValue = "PENDING_CONFIRMATION") AppointmentState state) {
		return this.days.inState(state, StaffIdentity.require());
	}

	@PostMapping("/api/hall/staff/appointments/{id}/check-in")
	StaffAppointment checkIn(@PathVariable UUID id) {
		return this.appointments.of(this.checkIns.checkInAtDesk(id, StaffIdentity.require()));
	}

}
